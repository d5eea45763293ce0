/**
 * The one adapter between the analyzer's zero-based positions (LSP style) and Monaco's 1-based
 * lines and columns. Every other lab file goes through these helpers, so an off-by-one can only
 * live here. The shapes mirror Monaco's IRange/IPosition without importing Monaco (lib/ stays
 * framework-free and this file is unit-tested in Node).
 */
import type { Position, Range } from '@/lib/dockerfile/types'

/** Monaco's IRange: 1-based, end column exclusive. */
export interface EditorRange {
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

/** Monaco's IPosition: 1-based. */
export interface EditorPosition {
  lineNumber: number
  column: number
}

export function toEditorRange(range: Range): EditorRange {
  return {
    startLineNumber: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLineNumber: range.end.line + 1,
    endColumn: range.end.character + 1,
  }
}

export function fromEditorRange(range: EditorRange): Range {
  return {
    start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
    end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
  }
}

export function toEditorPosition(position: Position): EditorPosition {
  return { lineNumber: position.line + 1, column: position.character + 1 }
}

export function fromEditorPosition(position: EditorPosition): Position {
  return { line: position.lineNumber - 1, character: position.column - 1 }
}

/** The 1-based line shown to people (Problems panel, `data-line`, step lines). */
export function displayLine(range: Range): number {
  return range.start.line + 1
}

/** Whether a zero-based range touches a 1-based editor position (inclusive ends, like hovers). */
export function rangeContainsEditorPosition(range: Range, position: EditorPosition): boolean {
  const p = fromEditorPosition(position)
  if (p.line < range.start.line || p.line > range.end.line) return false
  if (p.line === range.start.line && p.character < range.start.character) return false
  if (p.line === range.end.line && p.character > range.end.character) return false
  return true
}

/** Whether two editor ranges overlap or touch (code actions ask for the fixes under a selection). */
export function editorRangesTouch(a: EditorRange, b: EditorRange): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2)
  return !before(a.endLineNumber, a.endColumn, b.startLineNumber, b.startColumn) &&
    !before(b.endLineNumber, b.endColumn, a.startLineNumber, a.startColumn)
}

/**
 * A finding that spans only a line break (end column 0 on the next line) would draw no squiggle;
 * widen empty ranges to the rest of the start line so every finding is visible.
 */
export function visibleEditorRange(range: Range, lineLength: (line: number) => number): EditorRange {
  const r = toEditorRange(range)
  if (r.endLineNumber > r.startLineNumber && r.endColumn === 1) {
    r.endLineNumber -= 1
    r.endColumn = lineLength(range.end.line - 1) + 1
  }
  if (r.startLineNumber === r.endLineNumber && r.endColumn <= r.startColumn) {
    const len = lineLength(range.start.line)
    if (len + 1 > r.startColumn) r.endColumn = len + 1
    else if (r.startColumn > 1) r.startColumn = 1
  }
  return r
}
