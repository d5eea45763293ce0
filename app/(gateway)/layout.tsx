// Root layout for `/` only. The page is bilingual; Spanish, the default, is the document language.
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { GeistSans } from 'geist/font/sans'
import { ThemeScript } from '@/components/site/theme-script'
import { localeRedirectScript } from '@/components/site/locale-preference'
import { dictionaries } from '@/lib/i18n'
import '../globals.css'

export const metadata: Metadata = {
  title: `${dictionaries.es.site.name}: ${dictionaries.es.site.tagline}`,
  description: dictionaries.es.site.description,
}

export default function GatewayLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es" className={GeistSans.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
        {/* Sends the visitor to /es/ or /en/ before anything paints; the page's links cover no-JS visitors. */}
        <script dangerouslySetInnerHTML={{ __html: localeRedirectScript }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
