/** Previous / next lesson links, in manifest order. */
import Link from 'next/link'
import type { CourseLesson } from '@/lessons/course'
import { getDictionary, lessonHref, type Locale } from '@/lib/i18n'

interface LessonPagerProps {
  locale: Locale
  previous?: CourseLesson
  next?: CourseLesson
}

export function LessonPager({ locale, previous, next }: LessonPagerProps) {
  const t = getDictionary(locale)
  if (!previous && !next) return null
  return (
    <nav aria-label={t.lesson.pager} className="mt-12 grid gap-4 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <Link href={lessonHref(locale, previous.id)} rel="prev" className="rounded-lg border border-line p-4 hover:border-accent">
          <span className="block text-sm text-muted">
            <span aria-hidden="true">← </span>
            {t.lesson.previous}
          </span>
          <span className="font-semibold text-ink">{previous.meta.title[locale]}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={lessonHref(locale, next.id)} rel="next" className="rounded-lg border border-line p-4 text-right hover:border-accent sm:col-start-2">
          <span className="block text-sm text-muted">
            {t.lesson.next}
            <span aria-hidden="true"> →</span>
          </span>
          <span className="font-semibold text-ink">{next.meta.title[locale]}</span>
        </Link>
      )}
    </nav>
  )
}
