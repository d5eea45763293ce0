/**
 * Variable references the way BuildKit's word expansion (shell.Lex.ProcessWord) sees them in the
 * values it expands itself: `$X` and `${X…}` count, also inside `"…"` and inside a modifier's
 * word (`${A:-$B}` uses A and B); nothing inside `'…'` and nothing after the escape character.
 */

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

export function variableReferences(text: string, escape = '\\'): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name)
      names.push(name)
    }
  }
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
    add(text.slice(start, end))
    i = end - 1
  }
  return names
}

/** The source text of a range, lines joined with `\n`. */
export function textOfRange(lines: readonly string[], range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const { start, end } = range
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character)
  const parts = [(lines[start.line] ?? '').slice(start.character)]
  for (let l = start.line + 1; l < end.line; l++) parts.push(lines[l] ?? '')
  parts.push((lines[end.line] ?? '').slice(0, end.character))
  return parts.join('\n')
}
