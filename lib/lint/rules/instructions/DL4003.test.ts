import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL4003'

describe('DL4003', () => {
  it('reports the second and later CMD of a stage, naming the first', () => {
    const code = 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nCMD ["c"]\n'
    expect(linesOf(rule, code)).toEqual([3, 4])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('line 2')
  })
  it('accepts one CMD per stage, resetting at each FROM', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]\n')).toEqual([])
  })
  it('does not count CMD inside ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCMD ["a"]\nONBUILD CMD ["b"]\n')).toEqual([])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from alpine:3.20\nCMD ["a"]\ncmd ["b"]\n')).toEqual([3])
  })
  it('does not count the CMD of a HEALTHCHECK', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nCMD ["b"]\n')).toEqual([])
  })
})
