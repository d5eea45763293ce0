'use client'
/** Loads the playground lazily (client only: it reads the URL hash and local storage). */
import dynamic from 'next/dynamic'
import type { Locale } from '@/lib/i18n'

const Playground = dynamic(() => import('./playground'), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-[clamp(18rem,62vh,44rem)] animate-pulse rounded-lg border border-line bg-surface" />,
})

export function PlaygroundLoader({ locale }: { locale: Locale }) {
  return <Playground locale={locale} />
}
