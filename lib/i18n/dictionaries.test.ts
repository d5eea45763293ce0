import { describe, expect, it } from 'vitest'
import { dictionaries, locales } from './index'

type Leaf = { path: string; value: unknown }

function leaves(node: unknown, path = ''): Leaf[] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key))
  }
  return [{ path, value: node }]
}

// Single words and symbols ("error", "BuildKit", "—") are often the same in both languages; a copied
// phrase of two or more words is almost always a missed translation. Real exceptions go here.
const sameInEveryLanguage = new Set(['BuildKit (docker build --check)'])
const isPhrase = (text: string) => /\p{L}{2,}[\s,.:]+\p{L}{2,}/u.test(text)

const reference = leaves(dictionaries.es)

describe.each(locales)('the %s dictionary', (locale) => {
  const entries = leaves(dictionaries[locale])

  it('has exactly the keys of the Spanish reference', () => {
    expect(entries.map((e) => e.path).sort()).toEqual(reference.map((e) => e.path).sort())
  })

  it('has no empty strings, and its templates take the same arguments and return text', () => {
    for (const { path, value } of entries) {
      const ref = reference.find((r) => r.path === path)?.value
      if (typeof value === 'function') {
        expect(typeof ref, path).toBe('function')
        expect(value.length, `${path} arity`).toBe((ref as (...a: unknown[]) => string).length)
        // Numbers work for every template parameter (counts, or names interpolated as text).
        const out = value(...Array.from({ length: value.length }, (_, i) => i + 2))
        expect(typeof out, path).toBe('string')
        expect(String(out).trim(), path).not.toBe('')
      } else {
        expect(typeof value, path).toBe('string')
        expect(String(value).trim(), `${path} is empty`).not.toBe('')
      }
    }
  })
})

describe('translations', () => {
  it('English does not copy a Spanish phrase verbatim', () => {
    const untranslated = leaves(dictionaries.en)
      .filter(({ path, value }) => {
        if (typeof value !== 'string' || !isPhrase(value) || sameInEveryLanguage.has(value)) return false
        return reference.find((r) => r.path === path)?.value === value
      })
      .map((e) => e.path)
    expect(untranslated).toEqual([])
  })
})
