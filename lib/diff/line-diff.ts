/**
 * A line diff from a longest common subsequence: what turns `before` into `after`, line by line.
 * Pure and small: the exercise workbench shows the reference solution against the learner's text.
 *
 * Lines are compared exactly (CRLF is read as LF, and a final newline does not add an empty line).
 * Within a changed block, removed lines come before added ones, like `diff -u`.
 */

export type DiffKind = 'same' | 'removed' | 'added'

export interface DiffLine {
  kind: DiffKind
  text: string
  /** 1-based line in `before` (same and removed lines). */
  beforeLine: number | null
  /** 1-based line in `after` (same and added lines). */
  afterLine: number | null
}

export interface DiffStats {
  same: number
  removed: number
  added: number
}

/** Above this many table cells (after trimming the common ends) the diff replaces the middle as a block. */
export const MAX_LCS_CELLS = 4_000_000

export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before)
  const b = splitLines(after)
  const out: DiffLine[] = []

  // Common prefix and suffix first: they are most of the text, and they keep the table small.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }

  for (let i = 0; i < start; i++) out.push({ kind: 'same', text: a[i]!, beforeLine: i + 1, afterLine: i + 1 })

  const n = endA - start
  const m = endB - start
  if (n * m > MAX_LCS_CELLS) {
    for (let i = start; i < endA; i++) out.push({ kind: 'removed', text: a[i]!, beforeLine: i + 1, afterLine: null })
    for (let j = start; j < endB; j++) out.push({ kind: 'added', text: b[j]!, beforeLine: null, afterLine: j + 1 })
  } else if (n > 0 || m > 0) {
    // lcs[i][j]: length of the LCS of a[start+i..endA) and b[start+j..endB), in one flat array.
    const width = m + 1
    const lcs = new Uint32Array((n + 1) * width)
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] = a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
      }
    }
    let i = 0
    let j = 0
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        out.push({ kind: 'same', text: a[start + i]!, beforeLine: start + i + 1, afterLine: start + j + 1 })
        i++
        j++
      } else if (j >= m || (i < n && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
        out.push({ kind: 'removed', text: a[start + i]!, beforeLine: start + i + 1, afterLine: null })
        i++
      } else {
        out.push({ kind: 'added', text: b[start + j]!, beforeLine: null, afterLine: start + j + 1 })
        j++
      }
    }
  }

  for (let k = 0; k < a.length - endA; k++) out.push({ kind: 'same', text: a[endA + k]!, beforeLine: endA + k + 1, afterLine: endB + k + 1 })
  return out
}

export function diffStats(diff: readonly DiffLine[]): DiffStats {
  const stats: DiffStats = { same: 0, removed: 0, added: 0 }
  for (const line of diff) stats[line.kind]++
  return stats
}

/** The diff as unified-diff body lines (`-`, `+`, ` ` prefixes), for copying or tests. */
export function formatDiff(diff: readonly DiffLine[]): string {
  return diff.map((l) => `${l.kind === 'removed' ? '-' : l.kind === 'added' ? '+' : ' '}${l.text}`).join('\n')
}
