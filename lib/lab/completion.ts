/**
 * What to complete at a cursor position, decided from the raw lines (the analyzer's model may be a
 * keystroke behind): an instruction at the start of a line, a flag after `--`, a base image after
 * `FROM`, or a stage name after `--from=`. Positions are zero-based; the editor adapter converts.
 */
import { instructionDocs } from './instruction-docs'

export type CompletionKind = 'instruction' | 'flag' | 'image' | 'stage'

export interface CompletionSpot {
  kind: CompletionKind
  /** The instruction the cursor is in (upper-cased), for flags. */
  keyword: string | null
  /** The word being completed: zero-based line and its [start, end) characters. */
  line: number
  start: number
  end: number
  /** Text typed so far. */
  prefix: string
}

const KEYWORDS = new Set(instructionDocs.map((d) => d.keyword))

function continues(line: string | undefined): boolean {
  if (line === undefined) return false
  return /(^|[^\\])\\\s*$/.test(line) || /`\s*$/.test(line)
}

/** First line of the logical instruction that `line` belongs to (walking back over `\` continuations). */
function logicalStart(lines: readonly string[], line: number): number {
  let l = line
  while (l > 0 && continues(lines[l - 1])) l--
  return l
}

export function completionSpot(lines: readonly string[], line: number, character: number): CompletionSpot | null {
  const text = lines[line]
  if (text === undefined) return null
  const before = text.slice(0, character)
  if (/^\s*#/.test(before)) return null
  const wordMatch = /[^\s]*$/.exec(before)
  const word = wordMatch ? wordMatch[0] : ''
  const start = character - word.length
  let end = character
  while (end < text.length && !/\s/.test(text[end]!)) end++
  const startLine = logicalStart(lines, line)

  // Start of an instruction (or right after ONBUILD).
  if (startLine === line) {
    if (/^\s*[A-Za-z]*$/.test(before)) return { kind: 'instruction', keyword: null, line, start, end, prefix: word }
    if (/^\s*onbuild\s+[A-Za-z]*$/i.test(before)) return { kind: 'instruction', keyword: 'ONBUILD', line, start, end, prefix: word }
  }

  const head = lines[startLine] ?? ''
  const km = /^\s*([A-Za-z]+)(?:\s+([A-Za-z]+))?/.exec(head)
  if (!km) return null
  let keyword = km[1]!.toUpperCase()
  if (keyword === 'ONBUILD' && km[2]) keyword = km[2].toUpperCase()
  if (!KEYWORDS.has(keyword)) return null

  const fromValue = /^--from=(.*)$/i.exec(word)
  if (fromValue && (keyword === 'COPY' || keyword === 'ADD')) {
    return { kind: 'stage', keyword, line, start: start + '--from='.length, end, prefix: fromValue[1] ?? '' }
  }
  if (word.startsWith('-') && !word.includes('=')) return { kind: 'flag', keyword, line, start, end, prefix: word.replace(/^-+/, '') }

  if (keyword === 'FROM' && startLine === line) {
    // The image is the first word after FROM that is not a flag.
    const rest = before.replace(/^\s*(?:onbuild\s+)?from\s+/i, '')
    if (rest === before) return null
    const words = rest.split(/\s+/).filter(Boolean)
    const previous = rest.endsWith(' ') || rest === '' ? words : words.slice(0, -1)
    if (previous.every((w) => w.startsWith('--'))) return { kind: 'image', keyword, line, start, end, prefix: word }
  }
  return null
}
