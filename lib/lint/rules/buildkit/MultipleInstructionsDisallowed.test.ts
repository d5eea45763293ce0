import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './MultipleInstructionsDisallowed'

describe('MultipleInstructionsDisallowed', () => {
  it('reports the earlier, overridden CMD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n')).toEqual([2])
  })
  it('reports every overridden instruction when there are three', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\n')).toEqual([2, 3])
  })
  it('does not count the CMD inside HEALTHCHECK as a CMD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nCMD ["b"]\n')).toEqual([])
  })
  it('counts HEALTHCHECK NONE as a HEALTHCHECK', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nHEALTHCHECK NONE\n')).toEqual([2])
  })
  it('tracks CMD, ENTRYPOINT and HEALTHCHECK separately', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\nHEALTHCHECK CMD ["true"]\n')).toEqual([])
  })
  it('does not carry instructions across stages, even through FROM <stage>', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\nFROM alpine:3.20\nCMD ["c"]\n')).toEqual([])
  })
  it('checks every stage, also the ones the target does not need', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS unused\nCMD ["a"]\nCMD ["b"]\nFROM alpine:3.20\nCMD ["c"]\n')).toEqual([2])
  })
  it('recognises lowercase and shell-form instructions', () => {
    expect(linesOf(rule, 'from alpine:3.20\ncmd echo a\ncmd echo b\n')).toEqual([2])
  })
  it('ignores ONBUILD triggers, which run in another build', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n')).toEqual([])
  })
  it('says which line overrides it', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n')[0]?.message.en).toBe('Multiple CMD instructions should not be used in the same stage because only the last one will be used: this one is overridden by line 3.')
  })
  it('quick fix deletes the overridden instruction, continuation lines included', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nCMD ["node", \\\n  "a.js"]\nCMD ["node", "b.js"]\n')
    expect(fixed).toBe('FROM alpine:3.20\nCMD ["node", "b.js"]\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
