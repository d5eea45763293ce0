// The static 404 page (out/404.html) for every unknown URL: unknown lessons, unknown locales.
// It cannot know the visitor's language at build time, so it carries both and a tiny script
// shows the one matching the URL's /es/ or /en/ prefix (both stay visible without JavaScript).
import type { Metadata } from 'next'
import Link from 'next/link'
import { GeistSans } from 'geist/font/sans'
import { Logo } from '@/components/site/logo'
import { ThemeScript } from '@/components/site/theme-script'
import { defaultLocale, dictionaries, locales, localizedHref } from '@/lib/i18n'
import './globals.css'

// Bilingual: Next.js manages <title> after hydration, so the script below cannot localize it.
export const metadata: Metadata = {
  title: `${locales.map((l) => dictionaries[l].notFound.title).join(' / ')} · ${dictionaries[defaultLocale].site.name}`,
}

const pickLocaleScript = `(function(){var l=location.pathname.split('/')[1];var s=${JSON.stringify(locales)};if(s.indexOf(l)<0)l='${defaultLocale}';var h=document.documentElement;h.lang=l;h.setAttribute('data-locale',l)})()`

export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale} className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script dangerouslySetInnerHTML={{ __html: pickLocaleScript }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-line">
          <div className="mx-auto flex h-14 max-w-6xl items-center px-3 sm:px-6">
            <Link href="/" className="flex items-center gap-2 rounded-md font-semibold text-ink">
              <Logo />
              {dictionaries.es.site.name}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-16 sm:px-6">
          {locales.map((locale) => {
            const t = dictionaries[locale]
            return (
              <div key={locale} lang={locale} data-locale-block={locale} className="not-found-block mb-12">
                <p className="text-sm font-semibold text-accent">404</p>
                <h1 className="mt-2 text-3xl font-bold tracking-tight">{t.notFound.title}</h1>
                <p className="mt-3 text-lg text-muted">{t.notFound.body}</p>
                <p className="mt-6">
                  <Link href={localizedHref(locale)} className="font-semibold text-accent underline underline-offset-2">
                    {t.notFound.backHome}
                  </Link>
                </p>
              </div>
            )
          })}
        </main>
      </body>
    </html>
  )
}
