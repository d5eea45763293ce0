import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './ExposeInvalidFormat'

describe('ExposeInvalidFormat', () => {
  it('reports a host-port mapping', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 8080:80\n')).toEqual([2])
  })
  it('reports an IPv4 or IPv6 address', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE [::1]:80:80/tcp\n')).toEqual([2])
  })
  it('accepts plain ports, ranges and protocols', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE 80 443/tcp 9000-9010/udp\n')).toEqual([])
  })
  it('reports once per offending port spec', () => {
    const findings = findingsOf(rule, 'FROM alpine:3.20\nEXPOSE 80 8080:80 127.0.0.1:443:443\n')
    expect(findings.map((f) => f.message.en)).toEqual([
      "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80' (only '80' is exposed).",
      "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:443:443' (only '443' is exposed).",
    ])
  })
  it('expands variables first', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG HOST_PORT=8080\nEXPOSE ${HOST_PORT}:80\n')).toEqual([3])
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE $UNSET:80\n')).toEqual([])
  })
  it('checks every stage but not ONBUILD triggers', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nexpose 8080:80\nFROM alpine:3.20\nONBUILD EXPOSE 8080:80\n')).toEqual([2])
  })
  it('quick fix keeps only the container port and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nEXPOSE 443 127.0.0.1:8080:80/tcp\n')
    expect(fixed).toBe('FROM alpine:3.20\nEXPOSE 443 80/tcp\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
