import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3022'

describe('DL3022', () => {
  it('reports an unknown stage name and an untagged external image', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/\n')).toEqual([2, 3])
  })
  it('accepts earlier aliases, stage numbers and tagged images', () => {
    const code = 'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/\nCOPY --from=0 /out/app /usr/local/bin/app2\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n'
    expect(linesOf(rule, code)).toEqual([])
  })
  it('accepts the current stage alias and number (DL3023 covers self-references)', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nCOPY --from=build /a /b\nCOPY --from=0 /a /c\n')).toEqual([])
  })
  it('reports an alias or a number defined later, and says so', () => {
    const code = 'FROM alpine:3.20\nCOPY --from=build /a /b\nCOPY --from=1 /a /c\nFROM node:20 AS build\n'
    expect(linesOf(rule, code)).toEqual([2, 3])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('defined further down (line 4)')
  })
  it('compares stage names case-insensitively, as Docker resolves them', () => {
    expect(linesOf(rule, 'FROM golang:1.22 AS Builder\nFROM alpine:3.20\nCOPY --from=builder /a /b\n')).toEqual([])
  })
  it('ignores COPY without --from, ADD and ONBUILD COPY', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY a /b\nADD --from=x a /b\nONBUILD COPY --from=nope /a /b\n')).toEqual([])
  })
  it('handles lowercase keywords and flags on continuation lines', () => {
    expect(linesOf(rule, 'from alpine:3.20\ncopy \\\n  --from=missing /a /b\n')).toEqual([2])
  })
})
