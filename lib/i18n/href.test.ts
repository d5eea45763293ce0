import { describe, expect, it } from 'vitest'
import { lessonHref, localizedHref, switchLocaleHref } from './href'

describe('localizedHref', () => {
  it('prefixes the locale and always ends with a slash', () => {
    expect(localizedHref('es')).toBe('/es/')
    expect(localizedHref('en', 'lessons/capas')).toBe('/en/lessons/capas/')
    expect(localizedHref('en', '/rules/no-apt-lists-leftover/')).toBe('/en/rules/no-apt-lists-leftover/')
  })

  it('keeps a hash after the trailing slash', () => {
    expect(localizedHref('es', 'lessons/capas#orden')).toBe('/es/lessons/capas/#orden')
  })

  it('builds lesson URLs', () => {
    expect(lessonHref('es', 'introduccion')).toBe('/es/lessons/introduccion/')
  })
})

describe('switchLocaleHref', () => {
  it('keeps the visitor on the same page in the other language', () => {
    expect(switchLocaleHref('/es/lessons/capas/', 'en')).toBe('/en/lessons/capas/')
    expect(switchLocaleHref('/en/', 'es')).toBe('/es/')
    expect(switchLocaleHref('/en', 'es')).toBe('/es/')
  })

  it('sends paths without a locale to the target home', () => {
    expect(switchLocaleHref('/', 'en')).toBe('/en/')
    expect(switchLocaleHref('/fr/lessons/capas/', 'es')).toBe('/es/')
  })
})
