import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL4000'

describe('DL4000', () => {
  it('reports every MAINTAINER, in any case and position', () => {
    expect(linesOf(rule, 'MAINTAINER a@example.com\nFROM alpine:3.20\nmaintainer b@example.com\n')).toEqual([1, 3])
  })
  it('accepts the authors label', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.com"\n')).toEqual([])
  })
  it('leaves ONBUILD MAINTAINER to DL3043', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD MAINTAINER me@example.com\n')).toEqual([])
  })
  it('quick fix turns MAINTAINER into the OCI authors label and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nMAINTAINER Ana García <ana@example.com>\n')
    expect(fixed).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana García <ana@example.com>"\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix escapes quotes, backslashes and dollars, and keeps lowercase style', () => {
    const fixed = applyFirstFix(rule, 'from alpine:3.20\nmaintainer "Bob" \\o/ $USER\n')
    expect(fixed).toBe('from alpine:3.20\nlabel org.opencontainers.image.authors="\\"Bob\\" \\\\o/ \\$USER"\n')
  })
  it('offers no fix for an empty MAINTAINER', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nMAINTAINER\n').map((f) => f.fix)).toEqual([null])
  })
})
