import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3011'

describe('DL3011', () => {
  it('reports a port above 65535', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 80000\n')).toEqual([2])
  })
  it('accepts ports, ranges, protocols and variables in range', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 0 8080 65535 40000-60000/tcp 53/udp ${PORT} $OTHER\n')).toEqual([])
  })
  it('reports either end of a range, once per instruction, naming the bad specs', () => {
    const code = 'FROM alpine:3.20\nEXPOSE 8080 60000-70000/tcp 99999\n'
    expect(linesOf(rule, code)).toEqual([2])
    expect(findingsOf(rule, code)[0]?.message.en).toBe('`60000-70000/tcp`, `99999`: valid ports range from 0 to 65535.')
  })
  it('handles lowercase keywords and continuation lines', () => {
    expect(linesOf(rule, 'from alpine:3.20\nexpose 80 \\\n  123456\n')).toEqual([2])
  })
})
