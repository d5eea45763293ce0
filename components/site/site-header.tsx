/** Site header: home link, main navigation, language switch and theme toggle. */
import Link from 'next/link'
import { getDictionary, localizedHref, localeNames, locales, type Locale } from '@/lib/i18n'
import { LocaleSwitch } from './locale-switch'
import { siteNav } from './site-nav'
import { ThemeToggle } from './theme-toggle'
import { Logo } from './logo'

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  const titles = Object.fromEntries(locales.map((l) => [l, t.site.switchTo(localeNames[l])])) as Record<Locale, string>
  return (
    // On phones the nav gets its own row and the header scrolls away; from `sm` it is one sticky row.
    <header className="z-20 border-b border-line bg-canvas/95 backdrop-blur supports-[backdrop-filter]:bg-canvas/80 sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 px-3 sm:h-14 sm:flex-nowrap sm:gap-x-4 sm:px-6">
        <Link href={localizedHref(locale)} className="flex h-14 items-center gap-2 rounded-md font-semibold text-ink">
          <Logo />
          <span>{t.site.name}</span>
          <span className="sr-only">, {t.site.tagline}</span>
        </Link>
        <nav aria-label={t.site.primaryNav} className="order-last -mx-1 w-full min-w-0 overflow-x-auto pb-1 sm:order-none sm:mx-0 sm:ml-4 sm:w-auto sm:pb-0">
          <ul className="flex items-center gap-1">
            {siteNav.map((item) => (
              <li key={item.path}>
                <Link
                  href={localizedHref(locale, item.path)}
                  className="inline-flex h-10 items-center rounded-md px-2 text-sm font-medium whitespace-nowrap text-muted hover:bg-surface hover:text-ink"
                >
                  {item.label(t)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <LocaleSwitch locale={locale} label={t.site.languageSwitch} titles={titles} />
          <ThemeToggle label={t.site.themeToggle} />
        </div>
      </div>
    </header>
  )
}
