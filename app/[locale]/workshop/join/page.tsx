// The learner's join page (/es/workshop/join/#w=…): the agenda from the link's fragment, with this
// browser's progress on each item. The fragment never reaches a server; the page is the same for all.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JoinAgendaLoader } from '@/components/workshop/loaders'
import { getDictionary, isLocale } from '@/lib/i18n'
import { workshopCatalog } from '../catalog'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale).workshop.join
  return { title: t.title, description: t.metaDescription }
}

export default async function JoinPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).workshop.join
  const catalog = workshopCatalog(locale)
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-3 py-8 sm:px-6 sm:py-12">
      <div>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-3 text-lg text-muted">{t.lead}</p>
      </div>
      <JoinAgendaLoader locale={locale} lessons={catalog.lessons} exercises={catalog.exercises} />
    </div>
  )
}
