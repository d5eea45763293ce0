import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3018'

describe('DL3018', () => {
  it('reports apk add of a package without a version', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl\n')).toEqual([2])
  })
  it('accepts =, ~, > and < constraints and local .apk files', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git~2.45 "bash>5" "jq<2" ./pkg/tool-1.0.apk\n')).toEqual([])
  })
  it('does not take the values of -t, --virtual, --repository and -X for packages', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache -t .deps --repository https://dl-cdn.alpinelinux.org/alpine/edge/main gcc=13.2\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps -X http://mirror/alpine gcc=13.2\n')).toEqual([])
  })
  it('names every unpinned package in the message', () => {
    const [finding] = findingsOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9 git bash\n')
    expect(finding?.message.en).toContain('git, bash')
  })
  it('ignores other apk commands', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk del curl && apk upgrade\n')).toEqual([])
  })
  it('looks inside ONBUILD, heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD RUN apk add curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n')).toEqual([2])
  })
})
