import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { exerciseHref } from '@/components/exercise/exercise-header'
import { ExerciseStatusBadge, ExercisesSummary } from '@/components/exercise/exercise-status'
import { InlineCode } from '@/components/exercise/inline-code'
import { courseLessons } from '@/lessons/course'
import { exercises } from '@/lessons/exercises'
import { getDictionary, isLocale, lessonHref } from '@/lib/i18n'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale).exercises.index
  return { title: t.title, description: t.metaDescription }
}

/** Exercises grouped by lesson, in course order; exercises of lessons not in the course yet come last. */
function groups() {
  const byLesson = courseLessons
    .map((lesson) => ({ lesson, items: exercises.filter((e) => e.lesson === lesson.id) }))
    .filter((g) => g.items.length > 0)
  const known = new Set<string>(courseLessons.map((l) => l.id))
  const others = exercises.filter((e) => !known.has(e.lesson))
  return { byLesson, others }
}

export default async function ExercisesPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale).exercises
  const { byLesson, others } = groups()
  const ids = exercises.map((e) => e.id)
  const statusLabels = t.workbench.status
  const card = (e: (typeof exercises)[number]) => (
    <li key={e.id} className="relative flex flex-col gap-1 rounded-lg border border-line bg-canvas p-4 hover:border-accent" data-exercise={e.id}>
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-base font-semibold">
          <Link href={exerciseHref(locale, e.id)} className="text-ink after:absolute after:inset-0 after:rounded-lg hover:underline">
            {e.title[locale]}
          </Link>
        </h3>
        <ExerciseStatusBadge exerciseId={e.id} labels={statusLabels} />
      </div>
      <p className="text-sm text-muted">
        <InlineCode text={e.statement[locale]} />
      </p>
      <p className="mt-auto pt-2 font-mono text-xs text-muted">{e.id}</p>
    </li>
  )
  return (
    <div className="mx-auto max-w-6xl px-3 py-10 sm:px-6 sm:py-14">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.index.title}</h1>
        <p className="mt-4 text-lg text-muted">{t.index.lead}</p>
        <ExercisesSummary exerciseIds={ids} summaries={ids.map((_, n) => t.index.summary(n, ids.length)).concat(t.index.summary(ids.length, ids.length))} />
      </div>
      <div className="mt-10 space-y-10">
        {byLesson.map(({ lesson, items }) => (
          <section key={lesson.id} aria-labelledby={`lesson-${lesson.id}`}>
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`lesson-${lesson.id}`} className="text-xl font-semibold">
                {t.index.lessonGroup(lesson.number, lesson.meta.title[locale])}
              </h2>
              <Link href={lessonHref(locale, lesson.id)} className="text-sm text-accent underline underline-offset-2">
                {t.index.goToLesson}
              </Link>
            </div>
            <ul className="grid gap-4 md:grid-cols-2">{items.map(card)}</ul>
          </section>
        ))}
        {others.length > 0 ? (
          <section aria-labelledby="lesson-others">
            <h2 id="lesson-others" className="mb-3 text-xl font-semibold">
              {t.index.otherGroup}
            </h2>
            <ul className="grid gap-4 md:grid-cols-2">{others.map(card)}</ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}
