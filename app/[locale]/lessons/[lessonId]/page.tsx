import type { Metadata } from 'next'
import { ExerciseSlot } from '@/components/course/exercise-slot'
import { MarkAsReadButton, TrackLessonVisit } from '@/components/course/lesson-tracker'
import { LessonPager } from '@/components/course/lesson-pager'
import { LessonToc } from '@/components/course/lesson-toc'
import { KeepHashTarget } from '@/components/course/keep-hash-target'
import { createMdxComponents } from '@/components/mdx/registry'
import { lessonContent } from '@/lessons/content'
import { courseLessons, getAdjacentLessons } from '@/lessons/course'
import { getLessonHeadings } from '@/lib/content/lesson-source'
import { getDictionary } from '@/lib/i18n'
import { lessonStaticParams, resolveLessonRoute } from '../../lesson-route'

type Params = Promise<{ locale: string; lessonId: string }>

// Only lessons in the manifest exist; any other id is the static 404 page.
export const dynamicParams = false

export function generateStaticParams() {
  return lessonStaticParams()
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = await params
  const { locale, lesson } = resolveLessonRoute(raw.locale, raw.lessonId)
  return { title: lesson.meta.title[locale], description: lesson.meta.summary[locale] }
}

export default async function LessonPage({ params }: { params: Params }) {
  const raw = await params
  const { locale, lesson } = resolveLessonRoute(raw.locale, raw.lessonId)
  const t = getDictionary(locale)
  const { default: Content } = await lessonContent[lesson.id][locale]()
  const headings = getLessonHeadings(lesson.id, locale)
  const { previous, next } = getAdjacentLessons(lesson.id)
  const { meta } = lesson

  return (
    <div className="mx-auto max-w-6xl px-3 py-8 sm:px-6 sm:py-12 lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-x-12">
      <TrackLessonVisit lessonId={lesson.id} />
      <KeepHashTarget />
      <header className="lg:col-start-1">
        <p className="text-sm text-muted">
          {t.lesson.position(lesson.number, courseLessons.length)} · {lesson.sectionTitle[locale]} · {t.lesson.minutes(meta.estimatedMinutes)}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{meta.title[locale]}</h1>
        <p className="mt-3 text-lg text-muted">{meta.summary[locale]}</p>
        <section aria-labelledby="you-will-learn" className="mt-6 rounded-lg border border-line bg-surface p-4 sm:p-5">
          <h2 id="you-will-learn" className="font-semibold">
            {t.lesson.youWillLearn}
          </h2>
          <ul className="mt-2 space-y-1.5">
            {meta.youWillLearn[locale].map((item) => (
              <li key={item} className="flex gap-2">
                <span aria-hidden="true" className="text-accent">
                  ✓
                </span>
                <span>{item}</span>
              </li>
            ))}
          </ul>
        </section>
      </header>

      <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
        <div className="rounded-lg border border-line p-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:border-0 lg:p-0">
          <LessonToc headings={headings} title={t.lesson.onThisPage} />
        </div>
      </div>

      <div className="min-w-0 lg:col-start-1">
        <div className="lesson-prose mt-8">
          <Content components={createMdxComponents(locale)} />
        </div>

        {meta.exercises.map((id) => (
          <ExerciseSlot key={id} exerciseId={id} label={t.lesson.exercise} locale={locale} />
        ))}

        <div className="mt-12">
          <MarkAsReadButton lessonId={lesson.id} label={t.lesson.markAsRead} doneLabel={t.lesson.markedAsRead} />
        </div>

        <LessonPager locale={locale} previous={previous} next={next} />
      </div>
    </div>
  )
}
