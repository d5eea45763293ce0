/**
 * Variable references the way BuildKit's word expansion (shell.Lex.ProcessWord) sees them in the
 * values it expands itself: `$X` and `${X…}` count, also inside `"…"` and inside a modifier's
 * word (`${A:-$B}` uses A and B); nothing inside `'…'` and nothing after the escape character.
 */

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

export function variableReferences(text: string, escape = '\\'): string[] {
  // Most expanded values reference nothing; skip the scan for them.
  if (!text.includes('$')) return []
  const names: string[] = []
  let inDouble = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === escape) {
      i++
      continue
    }
    if (ch === '"') {
      inDouble = !inDouble
      continue
    }
    if (ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1)
      if (close === -1) break
      i = close
      continue
    }
    if (ch !== '$') continue
    const next = text[i + 1]
    const start = next === '{' ? i + 2 : i + 1
    if (!NAME_START.test(text[start] ?? '')) continue
    let end = start + 1
    while (end < text.length && NAME_CHAR.test(text[end]!)) end++
    const name = text.slice(start, end)
    if (!names.includes(name)) names.push(name)
    i = end - 1
  }
  return names
}

export interface ArgDeclaration {
  key: string
  /** The default as written after `=` (quotes kept), or null for `ARG NAME`. */
  raw: string | null
}

/**
 * The names an ARG declares, read from its argument text the way BuildKit does: every word
 * (whitespace outside quotes separates words) is `NAME` or `NAME=default`. So `ARG A B` declares
 * two ARGs, which the model's ENV-style pairs read as `A=B`.
 */
export function argDeclarations(argsText: string, escape = '\\'): ArgDeclaration[] {
  const words: string[] = []
  let word = ''
  let quote = ''
  for (let i = 0; i < argsText.length; i++) {
    const ch = argsText[i]!
    if (ch === escape && quote !== "'" && i + 1 < argsText.length) {
      word += ch + argsText[i + 1]
      i++
      continue
    }
    if (quote) {
      if (ch === quote) quote = ''
      word += ch
      continue
    }
    if (ch === '"' || ch === "'") {
      quote = ch
      word += ch
      continue
    }
    if (/\s/.test(ch)) {
      if (word) words.push(word)
      word = ''
      continue
    }
    word += ch
  }
  if (word) words.push(word)
  return words.map((w) => {
    const eq = w.indexOf('=')
    return eq === -1 ? { key: w, raw: null } : { key: w.slice(0, eq), raw: w.slice(eq + 1) }
  })
}
