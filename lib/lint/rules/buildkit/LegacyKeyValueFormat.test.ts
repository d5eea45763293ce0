import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './LegacyKeyValueFormat'

describe('LegacyKeyValueFormat', () => {
  it('reports ENV and LABEL in the space-separated form', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENV NODE_ENV production\nLABEL version 1.0\n')).toEqual([2, 3])
  })
  it('accepts the key=value form, with several pairs and quotes', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENV NODE_ENV=production PORT=8080\nLABEL version=1.0 description="My app"\n')).toEqual([])
  })
  it('does not apply to ARG, where `ARG a b` declares two ARGs', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG foo bar\n')).toEqual([])
  })
  it('checks lowercase keywords, global stages and every stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nenv A 1\nFROM alpine:3.20\nlabel b 2\n')).toEqual([2, 4])
  })
  it('checks multi-line legacy values', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENV PATH \\\n  /opt/bin:$PATH\n')).toEqual([2])
  })
  it('ignores ONBUILD triggers, which are dispatched in another build', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD ENV A 1\n')).toEqual([])
  })
  it('names the instruction in the BuildKit message, with the rewritten form', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nLABEL version 1.0\n')[0]?.message.en).toBe('"LABEL key=value" should be used instead of legacy "LABEL key value" format: LABEL version=1.0.')
    expect(findingsOf(rule, 'FROM alpine:3.20\nENV MSG say "hi" now\n')[0]?.message.en).toBe('"ENV key=value" should be used instead of legacy "ENV key value" format.')
  })
  it('quick fix joins key and value with =', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nENV NODE_ENV production\n')
    expect(fixed).toBe('FROM alpine:3.20\nENV NODE_ENV=production\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix quotes a value with spaces', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nLABEL description My   little app\n')
    expect(fixed).toBe('FROM alpine:3.20\nLABEL description="My   little app"\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix keeps a value that is already quoted', () => {
    const fixed = applyFirstFix(rule, "FROM alpine:3.20\nENV GREETING 'hello world'\n")
    expect(fixed).toBe("FROM alpine:3.20\nENV GREETING='hello world'\n")
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no fix when quoting would change the value', () => {
    const [finding] = findingsOf(rule, 'FROM alpine:3.20\nENV MSG say "hi" now\n')
    expect(finding?.fix).toBeNull()
  })
})
