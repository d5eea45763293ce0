import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './FromAsCasing'

describe('FromAsCasing', () => {
  it('reports a lowercase as after an uppercase FROM', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 as build\n')).toEqual([1])
  })
  it('reports an uppercase AS after a lowercase from', () => {
    expect(linesOf(rule, 'from alpine:3.20 AS build\n')).toEqual([1])
  })
  it('reports a mixed-case As after an uppercase FROM', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 As build\n')).toEqual([1])
  })
  it('accepts matching case in both styles', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS build\nfrom alpine:3.20 as web\n')).toEqual([])
  })
  it('stays silent when the FROM keyword itself is mixed case', () => {
    expect(linesOf(rule, 'From alpine:3.20 as build\n')).toEqual([])
  })
  it('ignores FROM without a stage name', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\n')).toEqual([])
  })
  it('checks every stage and skips flags', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nFROM --platform=$BUILDPLATFORM alpine:3.20 as b\n')).toEqual([2])
  })
  it('names both keywords in the message, BuildKit style', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20 as build\n')[0]?.message.en).toBe("'as' and 'FROM' keywords' casing do not match: write 'AS'.")
  })
  it('quick fix changes the AS keyword to match FROM and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20 as build\nRUN echo hi\n')
    expect(fixed).toBe('FROM alpine:3.20 AS build\nRUN echo hi\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
