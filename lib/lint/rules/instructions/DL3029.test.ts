import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3029'

describe('DL3029', () => {
  it('reports a constant platform', () => {
    expect(linesOf(rule, 'FROM --platform=linux/amd64 debian:12\n')).toEqual([1])
  })
  it('accepts $BUILDPLATFORM and $TARGETPLATFORM in any form', () => {
    expect(linesOf(rule, 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20\nFROM alpine:3.20\n')).toEqual([])
  })
  it('reports variables other than BUILDPLATFORM and TARGETPLATFORM (hadolint)', () => {
    const code = 'FROM --platform=linux/$TARGETARCH alpine:3.20\n'
    expect(linesOf(rule, code)).toEqual([1])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('uses neither')
  })
  it('still reports a constant platform in a stage named after it, because hadolint has no such exemption', () => {
    expect(linesOf(rule, 'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\n')).toEqual([1])
  })
  it('reports a constant that only looks like a variable name (BuildKit)', () => {
    expect(linesOf(rule, 'FROM --platform=BUILDPLATFORM alpine:3.20 AS base\n')).toEqual([1])
  })
  it('handles lowercase keywords and several stages', () => {
    expect(linesOf(rule, 'from --platform=linux/arm64 alpine:3.20 as a\nFROM alpine:3.20\nFROM --platform=windows debian:12\n')).toEqual([1, 3])
  })
  it('quick fix removes the flag and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM --platform=linux/amd64 debian:12 AS base\n')
    expect(fixed).toBe('FROM debian:12 AS base\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
