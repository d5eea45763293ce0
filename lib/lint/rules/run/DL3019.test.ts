import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3019'

describe('DL3019', () => {
  it('reports apk add without --no-cache', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r0\n')).toEqual([2])
  })
  it('accepts --no-cache anywhere in the command', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk --no-cache add curl=8.9.1-r0\n')).toEqual([])
  })
  it('still reports apk add -U (update the index but keep it)', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add -U curl=8.9.1-r0\n')).toEqual([2])
  })
  it('accepts a cache or tmpfs mount on /var/cache/apk, but not a bind mount', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add curl\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN --mount=type=bind,target=/var/cache/apk apk add curl\n')).toEqual([2])
  })
  it('ignores other apk commands', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk del curl && apk info\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD RUN apk add curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\n')).toEqual([2])
  })
  it('quick fix inserts --no-cache after add and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nRUN apk update && \\\n    apk add curl=8.9.1-r0\n')
    expect(fixed).toBe('FROM alpine:3.20\nRUN apk update && \\\n    apk add --no-cache curl=8.9.1-r0\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no quick fix in exec form', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n')[0]?.fix).toBeNull()
  })
})
