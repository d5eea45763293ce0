/**
 * BuildKit's "did you mean" (util/suggest): the first option at Levenshtein distance < 3,
 * compared case-sensitively, and no suggestion when the name itself is an option.
 */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
    }
    prev = cur
  }
  return prev[b.length]!
}

/**
 * The closest option to `name`, or null. Like BuildKit, the first option closer than 3 edits
 * wins; beyond BuildKit, a name that differs only in case (`$foo` for `$FOO`) is also suggested.
 */
export function didYouMean(name: string, options: Iterable<string>): string | null {
  const list = [...options]
  if (list.includes(name)) return null
  let match: string | null = null
  let best = 3
  for (const option of list) {
    // Distance is at least the length difference: skip the matrix when it cannot win.
    if (Math.abs(option.length - name.length) >= best) continue
    const d = editDistance(name, option)
    if (d < best) {
      match = option
      best = d
    }
  }
  if (match !== null) return match
  const lower = name.toLowerCase()
  return list.find((o) => o.toLowerCase() === lower) ?? null
}
