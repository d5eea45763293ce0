/** The site's languages. Spanish is the default and is written first. */
export const locales = ['es', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'es'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** Native names, shown in the language switch whatever the current language is. */
export const localeNames: Record<Locale, string> = { es: 'Español', en: 'English' }

/** BCP 47 tags for Intl formatting. */
export const localeTags: Record<Locale, string> = { es: 'es-ES', en: 'en-US' }
