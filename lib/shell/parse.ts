/**
 * A small POSIX shell reader for RUN commands and heredoc bodies. It tokenizes with real quoting
 * rules (single and double quotes, backslashes, `$(…)`, backticks, `${…}`) and collects every
 * simple command anywhere in the script — inside `&&`, `||`, `;`, pipes, subshells, `if`/`while`
 * bodies and command substitutions — the way hadolint collects them from ShellCheck's AST.
 *
 * It was chosen over mvdan-sh (~93 µs per command) for speed: rules run on every keystroke.
 * Results are cached by script text.
 */

export interface ShellCommand {
  /** Command name as written (quotes removed), e.g. `apt-get` or `/usr/bin/pip3`. */
  name: string
  /** Every word after the name, quotes removed, flags included, redirections dropped. */
  args: string[]
  /** hadolint-style flags: `--foo=bar` → `foo`, `-abc` → `a`,`b`,`c`; `-` and `--` are not flags. */
  flags: string[]
  /** Assignments written before the name (`CGO_ENABLED=0 go build`), when there are any. */
  env?: Record<string, string>
}

export interface ShellScript {
  commands: ShellCommand[]
  /** True when a `|` (or `|&`) pipe joins two commands at any level. */
  hasPipe: boolean
}

type Token = { kind: 'word'; value: string } | { kind: 'op'; value: string }

const RESERVED_AT_START = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time', 'esac'])
const SEGMENT_SKIPPERS = new Set(['for', 'select', 'case', 'function'])
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/
const REDIRECT = /^[0-9]*(?:>>|>&|<&|<<<|<<-|<<|<>|>\||&>>|&>|>|<)/
const MAX_DEPTH = 16

const cache = new Map<string, ShellScript>()
const CACHE_LIMIT = 4000

/** Forgets cached scripts (benchmarks measure cold runs with it). */
export function clearShellCache(): void {
  cache.clear()
}

export function parseShell(script: string): ShellScript {
  const hit = cache.get(script)
  if (hit) return hit
  const result: ShellScript = { commands: [], hasPipe: false }
  try {
    collect(script, result, 0)
  } catch {
    // A reader bug must never break linting; what was collected so far is kept.
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
  cache.set(script, result)
  return result
}

/** Finds the end of a balanced `$(…)`/`(` group starting after its opening paren. Returns index of `)`. */
function matchParen(s: string, from: number): number {
  let depth = 1
  let i = from
  while (i < s.length) {
    const c = s[i]
    if (c === '\\') { i += 2; continue }
    if (c === "'") { const j = s.indexOf("'", i + 1); i = j === -1 ? s.length : j + 1; continue }
    if (c === '"') { i = skipDouble(s, i + 1); continue }
    if (c === '(') depth++
    else if (c === ')') { depth--; if (depth === 0) return i }
    i++
  }
  return s.length
}

function skipDouble(s: string, from: number): number {
  let i = from
  while (i < s.length) {
    const c = s[i]
    if (c === '\\') { i += 2; continue }
    if (c === '"') return i + 1
    if (c === '$' && s[i + 1] === '(') { i = matchParen(s, i + 2) + 1; continue }
    if (c === '`') { const j = s.indexOf('`', i + 1); i = j === -1 ? s.length : j + 1; continue }
    i++
  }
  return s.length
}

function tokenize(s: string, substitutions: string[]): Token[] {
  const tokens: Token[] = []
  let word = ''
  let inWord = false
  const flush = () => {
    if (inWord) tokens.push({ kind: 'word', value: word })
    word = ''
    inWord = false
  }
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === ' ' || c === '\t' || c === '\r') { flush(); i++; continue }
    if (c === '\n') { flush(); tokens.push({ kind: 'op', value: ';' }); i++; continue }
    if (c === '#' && !inWord) {
      const nl = s.indexOf('\n', i)
      i = nl === -1 ? s.length : nl
      continue
    }
    if (c === '\\') {
      if (s[i + 1] === '\n') { i += 2; continue }
      if (i + 1 < s.length) { word += s[i + 1]; inWord = true }
      i += 2
      continue
    }
    if (c === "'") {
      const j = s.indexOf("'", i + 1)
      const end = j === -1 ? s.length : j
      word += s.slice(i + 1, end)
      inWord = true
      i = end + 1
      continue
    }
    if (c === '"') {
      const end = skipDouble(s, i + 1)
      const inner = s.slice(i + 1, Math.max(i + 1, end - 1))
      // Command substitutions inside double quotes still run.
      for (let k = inner.indexOf('$('); k !== -1; k = inner.indexOf('$(', k + 2)) {
        const close = matchParen(inner, k + 2)
        substitutions.push(inner.slice(k + 2, close))
      }
      for (let k = inner.indexOf('`'); k !== -1; ) {
        const close = inner.indexOf('`', k + 1)
        if (close === -1) break
        substitutions.push(inner.slice(k + 1, close))
        k = inner.indexOf('`', close + 1)
      }
      word += inner.replace(/\\(["\\$`])/g, '$1')
      inWord = true
      i = end
      continue
    }
    if (c === '$' && s[i + 1] === '(') {
      const close = matchParen(s, i + 2)
      const inner = s.slice(i + 2, close)
      if (!inner.startsWith('(')) substitutions.push(inner)
      word += s.slice(i, close + 1)
      inWord = true
      i = close + 1
      continue
    }
    if (c === '$' && s[i + 1] === '{') {
      const close = s.indexOf('}', i + 2)
      const end = close === -1 ? s.length : close + 1
      word += s.slice(i, end)
      inWord = true
      i = end
      continue
    }
    if (c === '`') {
      const j = s.indexOf('`', i + 1)
      const end = j === -1 ? s.length : j
      substitutions.push(s.slice(i + 1, end))
      word += s.slice(i, end + 1)
      inWord = true
      i = end + 1
      continue
    }
    if (!inWord || /^[0-9]+$/.test(word)) {
      const redirect = REDIRECT.exec(s.slice(i, i + 4))
      if (redirect && (c === '<' || c === '>' || c === '&' || /[0-9]/.test(c))) {
        if (c !== '&' || s[i + 1] === '>') {
          word = ''
          inWord = false
          tokens.push({ kind: 'op', value: 'redirect' })
          i += redirect[0].length
          continue
        }
      }
    }
    if (c === '<' || c === '>') {
      flush()
      const redirect = REDIRECT.exec(s.slice(i, i + 4))
      tokens.push({ kind: 'op', value: 'redirect' })
      i += redirect ? redirect[0].length : 1
      continue
    }
    const two = s.slice(i, i + 2)
    if (two === '&&' || two === '||' || two === ';;' || two === '|&') {
      flush()
      tokens.push({ kind: 'op', value: two })
      i += 2
      continue
    }
    if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      flush()
      tokens.push({ kind: 'op', value: c })
      i++
      continue
    }
    word += c
    inWord = true
    i++
  }
  flush()
  return tokens
}

function flagsOf(args: string[]): string[] {
  const flags: string[] = []
  for (const a of args) {
    if (a === '-' || a === '--' || !a.startsWith('-')) continue
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      flags.push(eq === -1 ? a.slice(2) : a.slice(2, eq))
    } else {
      for (const ch of a.slice(1)) flags.push(ch)
    }
  }
  return flags
}

function collect(script: string, out: ShellScript, depth: number): void {
  if (depth > MAX_DEPTH) return
  const substitutions: string[] = []
  const tokens = tokenize(script, substitutions)
  let words: string[] = []
  let skipSegment = false
  let dropNextWord = false
  const end = () => {
    if (!skipSegment) {
      let env: Record<string, string> | undefined
      while (words.length && (RESERVED_AT_START.has(words[0]!) || ASSIGNMENT.test(words[0]!))) {
        const word = words.shift()!
        const eq = word.indexOf('=')
        if (ASSIGNMENT.test(word) && !word.includes('[')) (env ??= {})[word.slice(0, eq).replace(/\+$/, '')] = word.slice(eq + 1)
        else if (RESERVED_AT_START.has(word)) env = undefined
      }
      if (words.length) {
        const [name, ...args] = words as [string, ...string[]]
        out.commands.push(env ? { name, args, flags: flagsOf(args), env } : { name, args, flags: flagsOf(args) })
      }
    }
    words = []
    skipSegment = false
  }
  for (const t of tokens) {
    if (t.kind === 'op') {
      if (t.value === 'redirect') { dropNextWord = true; continue }
      if (t.value === '|' || t.value === '|&') out.hasPipe = true
      end()
      continue
    }
    if (dropNextWord) { dropNextWord = false; continue }
    if (words.length === 0 && SEGMENT_SKIPPERS.has(t.value)) skipSegment = true
    words.push(t.value)
  }
  end()
  for (const sub of substitutions) collect(sub, out, depth + 1)
}
