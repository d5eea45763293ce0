/** Builds site-internal URLs. All routes end with a slash because the static export uses trailingSlash. */
import { isLocale, type Locale } from './locales'

/**
 * Localized href for a path inside the site: `localizedHref('en', 'lessons/capas')` → `/en/lessons/capas/`.
 * Leading and trailing slashes in `path` are optional; a `#hash` is kept at the end.
 */
export function localizedHref(locale: Locale, path = ''): string {
  const [rawPath = '', hash] = path.split('#', 2)
  const segments = rawPath.split('/').filter(Boolean)
  const pathname = `/${[locale, ...segments].join('/')}/`
  return hash ? `${pathname}#${hash}` : pathname
}

export const lessonHref = (locale: Locale, lessonId: string): string => localizedHref(locale, `lessons/${lessonId}`)

/**
 * The same page in another language: swaps the locale segment of a pathname.
 * A pathname without a known locale (e.g. `/`) goes to the target locale's home.
 */
export function switchLocaleHref(pathname: string, target: Locale): string {
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length === 0 || !isLocale(segments[0])) return localizedHref(target)
  return localizedHref(target, segments.slice(1).join('/'))
}
