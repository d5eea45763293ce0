/**
 * A fast reader for the most common instruction shape: one line of printable ASCII words, without
 * escapes, heredocs, JSON or properties. Most lines of real Dockerfiles look like this, and building the
 * dockerfile-ast objects for them was most of a cold lint. Anything else returns null and goes to
 * dockerfile-ast. simple-line.test.ts proves the result equals dockerfile-ast's on every line this
 * reader accepts.
 */
import type { Arg, Flag, Instruction, KeyValue, Range } from './types'

type PlacelessInstruction = Omit<Instruction, 'index' | 'stage'>

/** Keywords read here; only RUN/COPY/ADD/FROM take flags, only ENV/LABEL properties. */
const SIMPLE_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR', 'USER', 'EXPOSE', 'ARG', 'CMD', 'ENTRYPOINT', 'STOPSIGNAL', 'VOLUME', 'SHELL', 'ENV', 'LABEL'])
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD'])

interface Word {
  text: string
  start: number
  end: number
}

function isPlain(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    // Printable ASCII or tab, without backslash, backtick (escapes) or `<<` (heredocs).
    if (c === 9) continue
    if (c < 32 || c > 126 || c === 92 || c === 96) return false
    if (c === 60 && line.charCodeAt(i + 1) === 60) return false
  }
  return true
}

/** Words split on blanks. dockerfile-ast splits arguments this way even inside quotes. */
function words(line: string): Word[] {
  const out: Word[] = []
  let i = 0
  while (i < line.length) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
    if (i >= line.length) break
    const start = i
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++
    out.push({ text: line.slice(start, i), start, end: i })
  }
  return out
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } }
}

/** The exec (JSON array of strings) form of an argument text, or null for shell form. */
export function parseJsonForm(text: string): string[] | null {
  if (!text.startsWith('[')) return null
  try {
    const value: unknown = JSON.parse(text)
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  } catch {
    // Not valid JSON: Docker falls back to shell form.
  }
  return null
}

/** `key=value` words of ENV/LABEL with plain or fully double-quoted values; null for anything else. */
function plainProperties(argWords: Word[], line: number): KeyValue[] | null {
  const pairs: KeyValue[] = []
  for (const w of argWords) {
    const eq = w.text.indexOf('=')
    if (eq <= 0) return null
    let value = w.text.slice(eq + 1)
    if (value.includes("'")) return null
    if (value.includes('"')) {
      if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"') || value.slice(1, -1).includes('"')) return null
      value = value.slice(1, -1)
    }
    pairs.push({ key: w.text.slice(0, eq), value, range: range(line, w.start, w.end) })
  }
  return pairs.length > 0 ? pairs : null
}

/** dockerfile-ast's flag options: `type=cache,target=/x` → {type: cache, target: /x}, the same quirks kept. */
function flagOptions(value: string): Record<string, string> {
  const options: Record<string, string> = {}
  const add = (nameStart: number, valueStart: number, valueEnd: number) => {
    if (valueStart === -1) options[value.substring(nameStart, valueEnd).toLowerCase()] = ''
    else options[value.substring(nameStart, valueStart - 1).toLowerCase()] = value.substring(valueStart, valueEnd)
  }
  let nameStart = -1
  let valueStart = -1
  let hasOptions = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '=') {
      hasOptions = true
      if (valueStart === -1) valueStart = i + 1
    } else if (c === ',') {
      add(nameStart, valueStart, i)
      nameStart = -1
      valueStart = -1
    } else if (nameStart === -1) nameStart = i
  }
  if (hasOptions && nameStart !== -1) add(nameStart, valueStart, value.length)
  return options
}

function toFlag(word: Word, line: number): Flag {
  const eq = word.text.indexOf('=')
  const name = eq === -1 ? word.text.slice(2) : word.text.slice(2, eq)
  const value = eq === -1 ? null : word.text.slice(eq + 1)
  return { name, value, options: value === null ? {} : flagOptions(value), range: range(line, word.start, word.end) }
}

/**
 * The instruction on `text` (one line, at `line`), or null when the line needs dockerfile-ast.
 * `escape` must be the backslash: a backtick escape changes nothing here but is rare enough to skip.
 */
export function readSimpleLine(text: string, line: number, escape: string): PlacelessInstruction | null {
  if (escape !== '\\' || !isPlain(text)) return null
  const all = words(text)
  const first = all[0]
  if (!first) return null
  const keyword = first.text.toUpperCase()
  if (!SIMPLE_KEYWORDS.has(keyword)) return null
  const rest = all.slice(1)

  // dockerfile-ast reads leading `--` words as flags and stops at the first word without `--`;
  // a word with `--` inside it that is not a flag makes it shift the wrong words, so leave those.
  const flags: Flag[] = []
  let k = 0
  if (FLAG_KEYWORDS.has(keyword)) {
    for (; k < rest.length && rest[k]!.text.startsWith('--'); k++) flags.push(toFlag(rest[k]!, line))
    if (k < rest.length && rest[k]!.text.includes('--')) return null
  }
  const argWords = rest.slice(k)
  const args: Arg[] = argWords.map((w) => ({ value: w.text, range: range(line, w.start, w.end) }))

  const argsStart = argWords[0]?.start ?? text.length
  const argsText = text.slice(k > 0 ? argsStart : first.end).trim()
  let pairs: KeyValue[] = []
  if (keyword === 'ENV' || keyword === 'LABEL') {
    const properties = plainProperties(argWords, line)
    if (!properties) return null
    pairs = properties
  }
  // Quoted ARG values are unquoted by the model's own ARG reader; leave those to it.
  if (keyword === 'ARG' && /["']/.test(text)) return null
  const instrRange = range(line, first.start, text.length)
  if (keyword === 'ARG') {
    pairs = argWords.map((w) => {
      const eq = w.text.indexOf('=')
      return { key: eq === -1 ? w.text : w.text.slice(0, eq), value: eq === -1 ? null : w.text.slice(eq + 1), range: instrRange }
    })
  }
  return {
    keyword, rawKeyword: first.text, range: instrRange, keywordRange: range(line, first.start, first.end),
    argsText, args, flags, json: parseJsonForm(argsText), heredocs: [], pairs, legacyKeyValue: false, trigger: null,
    source: text, emptyContinuationLines: [],
  }
}
