import { describe, expect, it } from 'vitest'
import { applyEdits, applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './ConsistentInstructionCasing'

describe('ConsistentInstructionCasing', () => {
  it('counts a tie as uppercase and always reports mixed case', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nrun echo hi\nCopy a /a\n')).toEqual([2, 3])
  })
  it('accepts a fully lowercase Dockerfile', () => {
    expect(linesOf(rule, 'from alpine:3.20\nrun echo hi\n')).toEqual([])
  })
  it('reports the minority when most keywords are lowercase', () => {
    expect(linesOf(rule, 'from alpine:3.20\nrun echo hi\nRUN echo bye\ncmd ["sh"]\n')).toEqual([3])
  })
  it('reports the minority when most keywords are uppercase, FROM included', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN echo hi\nrun echo bye\nfrom alpine:3.20\n')).toEqual([3, 4])
  })
  it('does not count or check ARGs before the first FROM, as BuildKit', () => {
    expect(linesOf(rule, 'arg TAG=3.20\nFROM alpine:$TAG\nRUN echo hi\n')).toEqual([])
    // Three lowercase global ARGs do not tip the balance: FROM vs run is a tie, so run is reported.
    expect(linesOf(rule, 'arg A=1\narg B=2\narg C=3\nFROM alpine:3.20\nrun echo hi\n')).toEqual([5])
  })
  it('checks ONBUILD by its own keyword, not the trigger', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD run echo hi\nRUN echo hi\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nonbuild RUN echo hi\nRUN echo hi\n')).toEqual([2])
  })
  it('tells the majority case in the message', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nrun echo hi\n')[0]?.message.en).toBe("Command 'run' should match the case of the command majority (uppercase).")
  })
  it('quick fix rewrites the keyword in the majority case and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nWORKDIR /app\nCopy a /a\n')
    expect(fixed).toBe('FROM alpine:3.20\nWORKDIR /app\nCOPY a /a\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('applying every fix leaves a consistent file', () => {
    const code = 'from alpine:3.20\nrun echo hi\nRUN echo bye\nCopy a /a\n'
    const fixed = applyEdits(code, findingsOf(rule, code).flatMap((f) => f.fix?.edits ?? []))
    expect(fixed).toBe('from alpine:3.20\nrun echo hi\nrun echo bye\ncopy a /a\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
