/** Converts the core's zero-based ranges to the 1-based lines and columns users read. */
import type { Range } from '@/lib/dockerfile/types'

export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  }
}
