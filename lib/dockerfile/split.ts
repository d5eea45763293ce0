/**
 * Splits Dockerfile lines into instruction chunks (an instruction with its continuation lines and
 * heredoc bodies). Each chunk is parsed on its own and cached by its text, so an edit re-parses
 * only the instruction it touched.
 */

export interface Chunk {
  /** Zero-based first line. */
  startLine: number
  /** Zero-based last line (inclusive). */
  endLine: number
  text: string
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])
// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`; `<<<` is a here-string, not a heredoc.
const HEREDOC_MARKER = /(?<!<)<<(?!<)(-?)\s*(["']?)([A-Za-z0-9_.-]+)\2/g

export interface HeredocMarker {
  name: string
  stripTabs: boolean
}

export function findHeredocMarkers(line: string): HeredocMarker[] {
  if (!line.includes('<<')) return []
  const markers: HeredocMarker[] = []
  HEREDOC_MARKER.lastIndex = 0
  for (let m = HEREDOC_MARKER.exec(line); m; m = HEREDOC_MARKER.exec(line)) {
    markers.push({ name: m[3] ?? '', stripTabs: m[1] === '-' })
  }
  return markers
}

export function isContinued(line: string, escape: string): boolean {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--
  return end > 0 && line[end - 1] === escape
}

export function isCommentLine(line: string): boolean {
  return /^\s*#/.test(line)
}

/** The n-th whitespace-separated word of a line, upper-cased (scanned by hand: this runs per line). */
function wordAt(line: string, n: number): string {
  let i = 0
  for (let w = 0; ; w++) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
    const start = i
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++
    if (w === n || i >= line.length) return w === n ? line.slice(start, i).toUpperCase() : ''
  }
}

function keywordOf(line: string): string {
  const first = wordAt(line, 0)
  return first === 'ONBUILD' ? wordAt(line, 1) : first
}

/**
 * Splits lines into instruction chunks. Comment lines outside instructions are appended to
 * `commentLines` when given.
 */
export function splitChunks(lines: string[], escape: string, commentLines?: number[]): Chunk[] {
  const chunks: Chunk[] = []
  const n = lines.length
  let i = 0
  while (i < n) {
    const first = lines[i] ?? ''
    if (isCommentLine(first)) {
      commentLines?.push(i)
      i++
      continue
    }
    if (first.trim() === '') {
      i++
      continue
    }
    const mayHaveHeredoc = HEREDOC_KEYWORDS.has(keywordOf(first))
    let cur = i
    const pending: HeredocMarker[] = []
    for (;;) {
      const line = lines[cur] ?? ''
      const insideContinuation = cur > i
      const skippable = insideContinuation && (line.trim() === '' || isCommentLine(line))
      if (!skippable && mayHaveHeredoc) pending.push(...findHeredocMarkers(line))
      if (skippable || isContinued(line, escape)) {
        if (cur + 1 >= n) break
        cur++
        continue
      }
      // Heredoc bodies follow the line that ends the instruction, in the order they were opened.
      for (const marker of pending) {
        while (cur + 1 < n) {
          cur++
          const body = lines[cur] ?? ''
          const candidate = (marker.stripTabs ? body.replace(/^\t+/, '') : body).replace(/\r$/, '')
          if (candidate === marker.name) break
        }
      }
      break
    }
    chunks.push({ startLine: i, endLine: cur, text: cur === i ? first : lines.slice(i, cur + 1).join('\n') })
    i = cur + 1
  }
  return chunks
}
