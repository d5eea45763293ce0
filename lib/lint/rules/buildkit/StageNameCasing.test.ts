import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './StageNameCasing'

describe('StageNameCasing', () => {
  it('reports a stage name with uppercase letters on its FROM line', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS BuildBase\nRUN echo hi\n')).toEqual([1])
  })
  it('accepts lowercase stage names, with hyphens, dots and underscores', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS build-base\nFROM alpine:3.20 AS web_1.0\n')).toEqual([])
  })
  it('ignores unnamed stages and the casing of the AS keyword', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nFROM alpine:3.20 as build\n')).toEqual([])
  })
  it('checks every stage, not only the last one', () => {
    expect(linesOf(rule, 'FROM golang:1.22 AS Builder\nRUN go build ./...\nFROM alpine:3.20 AS Runtime\nCOPY --from=builder /go/bin/app /app\n')).toEqual([1, 3])
  })
  it('checks the stage name after a --platform flag', () => {
    expect(linesOf(rule, 'FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n')).toEqual([1])
  })
  it('checks lowercase FROM keywords too', () => {
    expect(linesOf(rule, 'from alpine:3.20 as Build\n')).toEqual([1])
  })
  it('names the stage in the message', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20 AS BuildBase\n')[0]?.message.en).toBe("Stage name 'BuildBase' should be lowercase ('buildbase').")
  })
  it('respects check=skip', () => {
    expect(linesOf(rule, '# check=skip=StageNameCasing\nFROM alpine:3.20 AS BuildBase\n')).toEqual([])
  })
  it('quick fix lowercases the name and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20 AS BuildBase\nRUN echo hi\n')
    expect(fixed).toBe('FROM alpine:3.20 AS buildbase\nRUN echo hi\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
