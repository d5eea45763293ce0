import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3043'

describe('DL3043', () => {
  it('reports ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD ONBUILD RUN make\nONBUILD FROM debian:12\nONBUILD MAINTAINER me@example.com\n')).toEqual([2, 3, 4])
  })
  it('accepts other triggers', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD RUN make\nONBUILD COPY . /app\nONBUILD LABEL a=b\n')).toEqual([])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from alpine:3.20\nonbuild from debian:12\n')).toEqual([2])
  })
})
