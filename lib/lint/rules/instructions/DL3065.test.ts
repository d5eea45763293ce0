import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3065'

describe('DL3065', () => {
  it('reports --platform=$TARGETPLATFORM with or without braces', () => {
    expect(linesOf(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20\nFROM --platform=${TARGETPLATFORM} alpine:3.20 AS b\n')).toEqual([1, 2])
  })
  it('reports other spellings that expand to exactly TARGETPLATFORM (BuildKit)', () => {
    expect(linesOf(rule, 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\nFROM --platform="$TARGETPLATFORM" alpine:3.20\n')).toEqual([1, 2])
  })
  it('accepts no flag, $BUILDPLATFORM, constants and mixed expressions', () => {
    const code = 'FROM alpine:3.20\nFROM --platform=$BUILDPLATFORM alpine:3.20\nFROM --platform=linux/amd64 alpine:3.20\nFROM --platform=$TARGETOS/$TARGETARCH alpine:3.20\nFROM --platform=${TARGETPLATFORM}-x alpine:3.20\n'
    expect(linesOf(rule, code)).toEqual([])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from --platform=$TARGETPLATFORM alpine:3.20\n')).toEqual([1])
  })
  it('quick fix removes the flag and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS base\n')
    expect(fixed).toBe('FROM alpine:3.20 AS base\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
