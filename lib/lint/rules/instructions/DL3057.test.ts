import { describe, expect, it } from 'vitest'
import { lint } from '../../engine'
import { linesOf } from '../../testing'
import rule from './DL3057'

describe('DL3057', () => {
  it('reports a stage without HEALTHCHECK on its FROM line', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN echo hi\n')).toEqual([1])
  })
  it('accepts HEALTHCHECK CMD and HEALTHCHECK NONE', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nHEALTHCHECK NONE\nFROM alpine:3.20\nhealthcheck cmd ["true"]\n')).toEqual([])
  })
  it('inherits a HEALTHCHECK through FROM <stage> chains', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD ["true"]\nFROM base AS mid\nFROM mid\n')).toEqual([])
  })
  it('checks each stage, and an ONBUILD HEALTHCHECK does not count', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS build\nONBUILD HEALTHCHECK CMD ["true"]\nFROM alpine:3.20\nHEALTHCHECK CMD ["true"]\n')).toEqual([1])
  })
  it('is off by default', () => {
    expect(lint('FROM alpine:3.20\n', { rules: [rule] })).toEqual([])
  })
})
