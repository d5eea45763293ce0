'use client'
/**
 * The learner's side of a join link: reads the agenda from `#w=…` (validated, lib/workshop/agenda.ts),
 * shows it with this browser's progress on each item, and links to each lesson and exercise. The
 * title, notes and ids from the link are untrusted: they are rendered as text only, and an id the
 * course does not know is shown, not linked.
 */
import Link from 'next/link'
import { useSyncExternalStore } from 'react'
import { useProgress } from '@/components/course/use-progress'
import type { Locale } from '@/lib/i18n/locales'
import { lessonHref, localizedHref } from '@/lib/i18n/href'
import { exerciseStatus } from '@/lib/progress/progress'
import { decodeAgendaHash, type AgendaItem } from '@/lib/workshop/agenda'
import type { CatalogExercise, CatalogLesson } from './agenda-builder'
import { LearnerNameField } from './learner-name'
import { workshopStrings } from './strings'

export interface JoinAgendaProps {
  locale: Locale
  lessons: CatalogLesson[]
  exercises: CatalogExercise[]
}

function subscribeHash(listener: () => void) {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

type Status = 'notStarted' | 'started' | 'completed' | 'solved'

const statusStyles: Record<Status, string> = {
  notStarted: 'border-line text-muted',
  started: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  completed: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950/40 dark:text-green-200',
  solved: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950/40 dark:text-green-200',
}

export default function JoinAgenda({ locale, lessons, exercises }: JoinAgendaProps) {
  const tw = workshopStrings(locale)
  const t = tw.join
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash, () => '')
  const progress = useProgress()
  const decoded = decodeAgendaHash(hash)

  if (!decoded.ok) {
    return (
      <p role="alert" className="rounded-lg border border-amber-700 p-4 dark:border-amber-400" data-testid="join-error" data-error={decoded.error}>
        {t.errors[decoded.error]}
      </p>
    )
  }

  const { agenda } = decoded
  const lessonById = new Map(lessons.map((l) => [l.id, l]))
  const exerciseById = new Map(exercises.map((e) => [e.id, e]))

  const resolve = (item: AgendaItem) => {
    if (item.type === 'lesson') {
      const lesson = lessonById.get(item.id)
      if (!lesson) return null
      const status: Status = progress?.lessons[item.id]?.status ?? 'notStarted'
      return { title: lesson.title, href: lessonHref(locale, item.id), label: tw.agenda.lesson, status }
    }
    const exercise = exerciseById.get(item.id)
    if (!exercise) return null
    const status: Status = progress ? exerciseStatus(progress, item.id) : 'notStarted'
    return { title: exercise.title, href: localizedHref(locale, `exercises/${item.id}`), label: tw.agenda.exercise, status }
  }

  const resolved = agenda.items.map((item) => ({ item, info: resolve(item) }))
  const done = resolved.filter((r) => r.info && (r.info.status === 'completed' || r.info.status === 'solved')).length
  const known = resolved.filter((r) => r.info).length

  return (
    <div className="space-y-8" data-testid="join-agenda">
      <div className="space-y-2">
        <h2 className="text-2xl font-bold tracking-tight break-words" data-testid="join-title">
          {agenda.title || t.untitled}
        </h2>
        {progress ? <p className="text-sm text-muted">{t.summary(done, known)}</p> : <p className="text-sm text-muted">{t.status.loading}</p>}
      </div>

      {agenda.notes ? (
        <section aria-labelledby="join-notes" className="rounded-lg border border-line bg-surface p-4">
          <h3 id="join-notes" className="font-semibold">
            {t.notes}
          </h3>
          <p className="mt-1 whitespace-pre-line break-words" data-testid="join-notes">
            {agenda.notes}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="join-items" className="space-y-2">
        <h3 id="join-items" className="text-lg font-semibold">
          {t.items}
        </h3>
        <ol className="divide-y divide-line rounded-lg border border-line" data-testid="join-items">
          {resolved.map(({ item, info }, index) => (
            <li key={`${item.type}:${item.id}`} className="flex flex-wrap items-center gap-3 px-3 py-3" data-item={`${item.type}:${item.id}`} data-status={info?.status ?? 'unknown'}>
              <span className="w-6 shrink-0 text-right text-sm text-muted tabular-nums">{index + 1}.</span>
              {info ? (
                <>
                  <span className="min-w-0 flex-1">
                    <span className="block text-xs text-muted">{info.label}</span>
                    <Link href={info.href} className="font-medium text-accent underline underline-offset-2">
                      {info.title}
                    </Link>
                  </span>
                  {progress ? (
                    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${statusStyles[info.status]}`}>
                      {info.status === 'completed' || info.status === 'solved' ? <span aria-hidden="true">✓&nbsp;</span> : null}
                      {t.status[info.status]}
                    </span>
                  ) : null}
                </>
              ) : (
                <span className="min-w-0 flex-1 text-muted break-all">{t.unknown(item.id)}</span>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="join-name" className="space-y-2">
        <h3 id="join-name" className="text-lg font-semibold">
          {t.nameHeading}
        </h3>
        <LearnerNameField locale={locale} />
      </section>
    </div>
  )
}
