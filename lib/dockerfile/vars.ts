/**
 * Docker's variable substitution (`$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, `${X:?e}`),
 * used where BuildKit expands values itself (FROM, COPY, ENV, WORKDIR, USER…), never inside RUN.
 */

export interface Expansion {
  value: string
  /** Names referenced, in order (duplicates kept once). */
  names: string[]
  /** Names referenced that the lookup did not define. */
  undefinedNames: string[]
}

/** Nesting deeper than this is kept literally, so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 64

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

export function expandVariables(
  text: string,
  lookup: (name: string) => string | undefined,
  escape = '\\',
): Expansion {
  // Nothing to substitute or unescape: the common case for image names, paths and users.
  if (!text.includes('$') && !text.includes(escape)) return { value: text, names: [], undefinedNames: [] }
  const names = new Set<string>()
  const undefinedNames = new Set<string>()

  const note = (name: string, value: string | undefined) => {
    names.add(name)
    if (value === undefined) undefinedNames.add(name)
  }

  // Returns [expanded text, index after the consumed part]. Stops at `}` when `inBraces`.
  const walk = (start: number, inBraces: boolean, depth: number): [string, number] => {
    let out = ''
    let i = start
    while (i < text.length) {
      const ch = text[i]!
      if (ch === escape && i + 1 < text.length) {
        out += text[i + 1]
        i += 2
        continue
      }
      if (inBraces && ch === '}') return [out, i]
      if (ch !== '$') {
        out += ch
        i++
        continue
      }
      const next = text[i + 1]
      if (next === '{') {
        if (depth >= MAX_DEPTH) {
          out += text.slice(i)
          return [out, text.length]
        }
        let j = i + 2
        while (j < text.length && NAME_CHAR.test(text[j]!)) j++
        const name = text.slice(i + 2, j)
        if (!name) {
          out += '${'
          i += 2
          continue
        }
        const current = lookup(name)
        note(name, current)
        const op = text.startsWith(':-', j) || text.startsWith(':+', j) || text.startsWith(':?', j)
          ? text.slice(j, j + 2)
          : text[j] === '-' || text[j] === '+' || text[j] === '?' ? text[j]! : ''
        if (!op) {
          // `${X}`; anything else before `}` is malformed and kept as is.
          const close = text.indexOf('}', j)
          out += current ?? ''
          i = close === -1 ? text.length : close + 1
          continue
        }
        const [word, after] = walk(j + op.length, true, depth + 1)
        const set = current !== undefined && (op.startsWith(':') ? current !== '' : true)
        if (op.endsWith('-')) out += set ? current : word
        else if (op.endsWith('+')) out += set ? word : ''
        else out += current ?? ''
        i = after + 1
        continue
      }
      if (next !== undefined && NAME_START.test(next)) {
        let j = i + 1
        while (j < text.length && NAME_CHAR.test(text[j]!)) j++
        const name = text.slice(i + 1, j)
        const current = lookup(name)
        note(name, current)
        out += current ?? ''
        i = j
        continue
      }
      out += ch
      i++
    }
    return [out, i]
  }

  const [value] = walk(0, false, 0)
  return { value, names: [...names], undefinedNames: [...undefinedNames] }
}

/** Names referenced by `$X`/`${X…}` in a text, without expanding. */
export function referencedNames(text: string, escape = '\\'): string[] {
  return expandVariables(text, () => '', escape).names
}
