/** An exercise's title and statement, rendered on the server (readable before any script loads). */
import Link from 'next/link'
import { getCourseLesson } from '@/lessons/course'
import type { WorkbenchData } from '@/lib/content/exercise-data'
import { getDictionary, lessonHref, localizedHref, type Locale } from '@/lib/i18n'
import { InlineCode } from './inline-code'

export function exerciseHref(locale: Locale, id: string): string {
  return localizedHref(locale, `exercises/${id}`)
}

export function ExerciseHeader({ data, level, headingId, context }: {
  data: WorkbenchData
  level: 1 | 2
  headingId: string
  /** In a lesson, link to the exercise page; on the exercise page, link to the lesson. */
  context: 'lesson' | 'page'
}) {
  const locale = data.locale
  const t = getDictionary(locale).exercises
  const lesson = getCourseLesson(data.lesson)
  const Heading = level === 1 ? 'h1' : 'h2'
  return (
    <header className="space-y-2">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">
        {t.workbench.heading}
        {context === 'page' && lesson ? (
          <span className="font-normal tracking-normal text-muted normal-case">
            {' · '}
            <Link href={lessonHref(locale, lesson.id)} className="underline underline-offset-2 hover:text-ink">
              {t.index.lessonGroup(lesson.number, lesson.meta.title[locale])}
            </Link>
          </span>
        ) : null}
      </p>
      <Heading id={headingId} className={level === 1 ? 'text-3xl font-bold tracking-tight text-balance sm:text-4xl' : 'text-2xl font-bold tracking-tight text-balance'}>
        {data.title}
      </Heading>
      <p className={level === 1 ? 'text-lg' : ''}>
        <InlineCode text={data.statement} />
      </p>
      {context === 'lesson' ? (
        <p className="text-sm">
          <Link href={exerciseHref(locale, data.id)} className="text-accent underline underline-offset-2">
            {t.workbench.openPage}
          </Link>
        </p>
      ) : null}
    </header>
  )
}
