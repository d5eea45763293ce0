// The playground route (/es/playground/, /en/playground/): a heading, then the lab's client component.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PlaygroundLoader } from '@/components/lab/playground-loader'
import { getDictionary, isLocale } from '@/lib/i18n'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale).lab.playground
  return { title: t.title, description: t.metaDescription }
}

export default async function PlaygroundPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).lab.playground
  return (
    <div className="mx-auto max-w-[96rem] px-3 py-6 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.title}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-muted">{t.lead}</p>
      <PlaygroundLoader locale={locale} />
    </div>
  )
}
