import { describe, expect, it } from 'vitest'
import { applyEdits, applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './ExposeProtoCasing'

describe('ExposeProtoCasing', () => {
  it('reports an uppercase protocol', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 80/TCP\n')).toEqual([2])
  })
  it('accepts lowercase protocols and ports without protocol', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 9000-9010/sctp 8080\n')).toEqual([])
  })
  it('reports once per port spec, mixed case included', () => {
    const findings = findingsOf(rule, 'FROM alpine:3.20\nEXPOSE 80/TCP 443/Tcp 53/udp\n')
    expect(findings.map((f) => f.message.en)).toEqual([
      "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase ('tcp').",
      "Defined protocol '443/Tcp' in EXPOSE instruction should be lowercase ('tcp').",
    ])
  })
  it('expands variables from ARG and ENV before checking', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG PROTO=UDP\nEXPOSE 53/$PROTO\n')).toEqual([3])
    expect(linesOf(rule, 'FROM alpine:3.20\nENV PORT=80/TCP\nEXPOSE $PORT\n')).toEqual([3])
  })
  it('checks lowercase expose in every stage but not ONBUILD triggers', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nexpose 80/TCP\nFROM alpine:3.20\nONBUILD EXPOSE 80/TCP\n')).toEqual([2])
  })
  it('quick fix lowercases only the protocol and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nEXPOSE 8080 80/TCP\n')
    expect(fixed).toBe('FROM alpine:3.20\nEXPOSE 8080 80/tcp\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('every fix together cleans the instruction', () => {
    const code = 'FROM alpine:3.20\nEXPOSE 80/TCP 53/UDP\n'
    const fixed = applyEdits(code, findingsOf(rule, code).flatMap((f) => f.fix?.edits ?? []))
    expect(fixed).toBe('FROM alpine:3.20\nEXPOSE 80/tcp 53/udp\n')
  })
  it('offers no fix when the protocol comes from a variable', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nARG PROTO=UDP\nEXPOSE 53/$PROTO\n')[0]?.fix).toBeNull()
  })
})
