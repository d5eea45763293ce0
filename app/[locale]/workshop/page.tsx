// The instructor's page (/es/workshop/, /en/workshop/): agenda builder with its join link, presenter
// links for every lesson, and the gradebook that re-grades submission codes in the browser.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AgendaBuilderLoader, GradebookLoader } from '@/components/workshop/loaders'
import { getDictionary, isLocale, localizedHref } from '@/lib/i18n'
import { exerciseMaterials, workshopCatalog } from './catalog'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale).workshop.page
  return { title: t.title, description: t.metaDescription }
}

export default async function WorkshopPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).workshop
  const catalog = workshopCatalog(locale)
  return (
    <div className="mx-auto max-w-7xl space-y-12 px-3 py-8 sm:px-6 sm:py-12">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.page.title}</h1>
        <p className="mt-3 text-lg text-muted">{t.page.lead}</p>
        <nav aria-label={t.page.sections} className="mt-4">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[
              ['agenda', t.agenda.heading],
              ['gradebook', t.gradebook.heading],
              ['presenter', t.agenda.presenter],
            ].map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="text-accent underline underline-offset-2">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <section aria-labelledby="agenda" className="space-y-3">
        <h2 id="agenda" className="scroll-mt-24 text-2xl font-bold tracking-tight">
          {t.agenda.heading}
        </h2>
        <p className="max-w-3xl text-muted">{t.agenda.lead}</p>
        <AgendaBuilderLoader locale={locale} lessons={catalog.lessons} exercises={catalog.exercises} />
      </section>

      <section aria-labelledby="gradebook" className="space-y-3">
        <h2 id="gradebook" className="scroll-mt-24 text-2xl font-bold tracking-tight">
          {t.gradebook.heading}
        </h2>
        <p className="max-w-3xl text-muted">{t.gradebook.lead}</p>
        <GradebookLoader locale={locale} exercises={catalog.exercises.map(({ id, title }) => ({ id, title }))} materials={exerciseMaterials()} />
      </section>

      <section aria-labelledby="presenter" className="space-y-3">
        <h2 id="presenter" className="scroll-mt-24 text-2xl font-bold tracking-tight">
          {t.agenda.presenter}
        </h2>
        <p className="max-w-3xl text-muted">{t.agenda.presenterLead}</p>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {catalog.lessons.map((lesson) => (
            <li key={lesson.id}>
              <Link
                href={localizedHref(locale, `present/${lesson.id}`)}
                className="flex min-h-11 items-center gap-2 rounded-md border border-line px-3 py-2 hover:bg-surface"
                data-present={lesson.id}
              >
                <span className="text-sm text-muted tabular-nums">{lesson.number}.</span>
                <span className="font-medium">{lesson.title}</span>
                <span className="sr-only"> — {t.agenda.present}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
