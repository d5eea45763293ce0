'use client'

import { usePathname } from 'next/navigation'
import { localeNames, locales, switchLocaleHref, type Locale } from '@/lib/i18n'
import { LOCALE_STORAGE_KEY } from './locale-preference'

/**
 * Links to the current page in the other language(s). A plain <a>, not next/link: changing the
 * language swaps the root layout's <html lang>, which needs a full page load.
 */
export function LocaleSwitch({ locale, label, titles }: { locale: Locale; label: string; titles: Record<Locale, string> }) {
  const pathname = usePathname() ?? `/${locale}/`
  return (
    <ul aria-label={label} className="flex items-center gap-1">
      {locales
        .filter((other) => other !== locale)
        .map((other) => (
          <li key={other}>
            <a
              href={switchLocaleHref(pathname, other)}
              hrefLang={other}
              lang={other}
              title={titles[other]}
              onClick={() => {
                try {
                  localStorage.setItem(LOCALE_STORAGE_KEY, other)
                } catch {
                  // Storage disabled: the link still works, the choice is just not remembered.
                }
              }}
              className="inline-flex h-10 items-center rounded-md px-2 text-sm font-medium text-ink hover:bg-surface"
            >
              {localeNames[other]}
            </a>
          </li>
        ))}
    </ul>
  )
}
