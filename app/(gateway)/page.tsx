import { Logo } from '@/components/site/logo'
import { dictionaries, localeNames, locales, localizedHref } from '@/lib/i18n'

/** `/`: a static page that redirects by browser language (see the layout's script) and links to both. */
export default function GatewayPage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-6 py-16">
      <h1 className="flex items-center gap-3 text-3xl font-bold">
        <Logo />
        {dictionaries.es.site.name}
      </h1>
      {locales.map((locale) => (
        <p key={locale} lang={locale} className="mt-3 text-lg text-muted">
          {dictionaries[locale].site.tagline}
        </p>
      ))}
      <h2 className="mt-10 text-sm font-semibold tracking-wide text-muted uppercase">
        {dictionaries.es.gateway.choose} <span lang="en">/ {dictionaries.en.gateway.choose}</span>
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={localizedHref(locale)}
              hrefLang={locale}
              lang={locale}
              className="inline-flex min-h-11 items-center rounded-md border border-line px-5 py-2 font-semibold text-ink hover:border-accent"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </main>
  )
}
