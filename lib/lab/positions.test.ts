import { describe, expect, it } from 'vitest'
import { displayLine, editorRangesTouch, fromEditorRange, rangeContainsEditorPosition, toEditorPosition, toEditorRange, visibleEditorRange } from './positions'

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } })

describe('the Monaco position adapter', () => {
  it('turns zero-based lines and characters into 1-based lines and columns and back', () => {
    expect(toEditorRange(r(0, 0, 2, 5))).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 3, endColumn: 6 })
    expect(fromEditorRange(toEditorRange(r(4, 3, 4, 9)))).toEqual(r(4, 3, 4, 9))
    expect(toEditorPosition({ line: 0, character: 0 })).toEqual({ lineNumber: 1, column: 1 })
  })

  it('shows the 1-based start line to people', () => {
    expect(displayLine(r(6, 2, 8, 0))).toBe(7)
  })

  it('knows whether a hover position is inside a finding, ends included', () => {
    expect(rangeContainsEditorPosition(r(1, 0, 1, 4), { lineNumber: 2, column: 5 })).toBe(true)
    expect(rangeContainsEditorPosition(r(1, 0, 1, 4), { lineNumber: 2, column: 6 })).toBe(false)
    expect(rangeContainsEditorPosition(r(1, 2, 3, 0), { lineNumber: 3, column: 1 })).toBe(true)
    expect(rangeContainsEditorPosition(r(1, 2, 3, 0), { lineNumber: 1, column: 9 })).toBe(false)
  })

  it('detects touching editor ranges for code actions', () => {
    const a = toEditorRange(r(0, 0, 0, 4))
    expect(editorRangesTouch(a, toEditorRange(r(0, 4, 0, 4)))).toBe(true)
    expect(editorRangesTouch(a, toEditorRange(r(1, 0, 1, 0)))).toBe(false)
  })

  it('widens ranges that would draw no squiggle', () => {
    const len = (l: number) => ['FROM x', 'RUN a'][l]?.length ?? 0
    expect(visibleEditorRange(r(0, 6, 1, 0), len)).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 7 })
    expect(visibleEditorRange(r(1, 0, 1, 0), len)).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 6 })
  })
})
