/**
 * Code fence metadata used by lessons and rule docs:
 *   ```dockerfile bad="DL3020,DL3025"   → a ❌ example that should trigger those rules
 *   ```dockerfile good                  → a ✅ example that should trigger none
 * Pure (no file system), so the site, content tests and the linter's doc checks share one parser.
 */

export type FenceVariant = 'bad' | 'good'

export interface FenceMeta {
  /** Every `key="value"`, `key=value` or bare `flag` (→ true) in the meta string. */
  attributes: Record<string, string | true>
  variant: FenceVariant | null
  /** Rule ids listed in `bad="…"`, trimmed, in order; empty for `good` or a bare `bad`. */
  rules: string[]
}

const ATTRIBUTE = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g

/** Parses a fence meta string. Throws when a fence is marked both bad and good, which is a content bug. */
export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const attributes: Record<string, string | true> = {}
  for (const match of (meta ?? '').matchAll(ATTRIBUTE)) {
    const [, key, dq, sq, bare] = match
    if (key) attributes[key] = dq ?? sq ?? bare ?? true
  }
  const isBad = 'bad' in attributes
  const isGood = 'good' in attributes
  if (isBad && isGood) throw new Error(`A code fence cannot be both bad and good: "${meta}"`)
  const bad = attributes.bad
  const rules =
    typeof bad === 'string'
      ? bad
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
      : []
  return { attributes, variant: isBad ? 'bad' : isGood ? 'good' : null, rules }
}

export interface Fence {
  /** The info string's first word, e.g. `dockerfile`; empty when the fence has none. */
  lang: string
  /** The rest of the info string, unparsed. */
  rawMeta: string
  meta: FenceMeta
  code: string
  /** 1-based line of the opening fence in the source. */
  line: number
}

/** Finds fenced code blocks (``` or ~~~) in Markdown/MDX source. */
export function extractFences(source: string): Fence[] {
  const lines = source.split(/\r?\n/)
  const fences: Fence[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i] ?? '')
    if (!open) continue
    const [, indent = '', marker = '', lang = '', rawMeta = ''] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j] ?? ''
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line)?.[1]
      if (close && close[0] === marker[0] && close.length >= marker.length) break
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())
    }
    fences.push({ lang, rawMeta: rawMeta.trim(), meta: parseFenceMeta(rawMeta), code: body.join('\n'), line: i + 1 })
    i = j
  }
  return fences
}
