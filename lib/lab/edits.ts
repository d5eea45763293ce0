/** Applies the analyzer's text edits (zero-based ranges) to plain text, for when no editor is mounted. */
import type { TextEdit } from '@/lib/lint/rule'

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  const offsetOf = (line: number, character: number): number => {
    if (line >= lines.length) return text.length
    if (line < 0) return 0
    return Math.min(starts[line]! + Math.max(0, Math.min(character, lines[line]!.length)), text.length)
  }
  const sorted = [...edits]
    .map((e) => ({ start: offsetOf(e.range.start.line, e.range.start.character), end: offsetOf(e.range.end.line, e.range.end.character), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
  let out = text
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(Math.max(e.start, e.end))
  return out
}
