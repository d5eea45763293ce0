// Route helpers shared by the pages that render one lesson (the lesson page and its presenter view).
import { notFound } from 'next/navigation'
import { courseLessons, getCourseLesson } from '@/lessons/course'
import { isLocale, type Locale } from '@/lib/i18n'

/** One static page per lesson of the manifest. */
export function lessonStaticParams() {
  return courseLessons.map((lesson) => ({ lessonId: lesson.id }))
}

/** The lesson and locale of a route, or the 404 page for an unknown one. */
export function resolveLessonRoute(locale: string, lessonId: string) {
  const lesson = getCourseLesson(lessonId)
  if (!isLocale(locale) || !lesson) notFound()
  return { locale: locale as Locale, lesson }
}
