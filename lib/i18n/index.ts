/** UI strings for every locale, plus the shared locale and href helpers. */
import en from './dictionaries/en'
import es, { type Dictionary } from './dictionaries/es'
import type { Locale } from './locales'

export type { Dictionary }
export * from './locales'
export * from './href'

export const dictionaries: Record<Locale, Dictionary> = { es, en }

/** Synchronous: dictionaries are small and only server components read them (client components get strings as props). */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}
