import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3012'

describe('DL3012', () => {
  it('reports the second and later HEALTHCHECK of a stage, naming the first', () => {
    const code = 'FROM alpine:3.20\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["c"]\n'
    expect(linesOf(rule, code)).toEqual([3, 4])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('line 2')
  })
  it('accepts one HEALTHCHECK per stage, resetting at each FROM', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nHEALTHCHECK CMD ["a"]\nFROM alpine:3.20\nHEALTHCHECK NONE\n')).toEqual([])
  })
  it('does not count HEALTHCHECK inside ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nHEALTHCHECK CMD ["a"]\nONBUILD HEALTHCHECK NONE\n')).toEqual([])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from alpine:3.20\nHEALTHCHECK CMD ["a"]\nhealthcheck cmd ["b"]\n')).toEqual([3])
  })
})
