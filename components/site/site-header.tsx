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
    <header className="sticky top-0 z-20 border-b border-line bg-canvas/95 backdrop-blur supports-[backdrop-filter]:bg-canvas/80">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href={localizedHref(locale)} className="flex items-center gap-2 rounded-md font-semibold text-ink">
          <Logo />
          <span>{t.site.name}</span>
          <span className="sr-only">, {t.site.tagline}</span>
        </Link>
        <nav aria-label={t.site.primaryNav} className="ml-2 sm:ml-4">
          <ul className="flex items-center gap-1">
            {siteNav.map((item) => (
              <li key={item.path}>
                <Link
                  href={localizedHref(locale, item.path)}
                  className="inline-flex h-10 items-center rounded-md px-2 text-sm font-medium text-muted hover:bg-surface hover:text-ink"
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
