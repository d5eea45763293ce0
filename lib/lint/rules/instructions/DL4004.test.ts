import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL4004'

describe('DL4004', () => {
  it('reports the second and later ENTRYPOINT of a stage, naming the first', () => {
    const code = 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\n'
    expect(linesOf(rule, code)).toEqual([3, 4])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('line 2')
  })
  it('accepts one ENTRYPOINT per stage, resetting at each FROM', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nFROM alpine:3.20\nENTRYPOINT ["b"]\n')).toEqual([])
  })
  it('does not count ENTRYPOINT inside ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENTRYPOINT ["a"]\nONBUILD ENTRYPOINT ["b"]\n')).toEqual([])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from alpine:3.20\nENTRYPOINT ["a"]\nentrypoint ["b"]\n')).toEqual([3])
  })
})
