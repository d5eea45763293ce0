/** The home page's course map: sections in manifest order, each lesson with its progress badge. */
import Link from 'next/link'
import { course, courseLessons } from '@/lessons/course'
import { getDictionary, lessonHref, type Locale } from '@/lib/i18n'
import { LessonStatusBadge } from './lesson-status'

export function CourseMap({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  const labels = { notStarted: t.progress.notStarted, started: t.progress.started, completed: t.progress.completed }
  return (
    <div className="space-y-10">
      {course.sections.map((section) => {
        const headingId = `section-${section.id}`
        return (
          <section key={section.id} aria-labelledby={headingId}>
            <h3 id={headingId} className="mb-4 text-lg font-semibold text-ink">
              {section.title[locale]}
            </h3>
            <ol className="grid gap-4 md:grid-cols-2">
              {courseLessons
                .filter((lesson) => lesson.sectionId === section.id)
                .map((lesson) => (
                  <li key={lesson.id} className="relative flex flex-col rounded-lg border border-line bg-canvas p-4 hover:border-accent">
                    <div className="flex items-center justify-between gap-2 text-sm text-muted">
                      <span>{t.home.lessonNumber(lesson.number)}</span>
                      <LessonStatusBadge lessonId={lesson.id} labels={labels} />
                    </div>
                    <h4 className="mt-1 text-base font-semibold">
                      {/* The whole card is clickable through the link's ::after overlay. */}
                      <Link href={lessonHref(locale, lesson.id)} className="text-ink after:absolute after:inset-0 after:rounded-lg hover:underline">
                        {lesson.meta.title[locale]}
                      </Link>
                    </h4>
                    <p className="mt-1 text-sm text-muted">{lesson.meta.summary[locale]}</p>
                    <p className="mt-auto pt-3 text-xs text-muted">{t.lesson.minutes(lesson.meta.estimatedMinutes)}</p>
                  </li>
                ))}
            </ol>
          </section>
        )
      })}
    </div>
  )
}
