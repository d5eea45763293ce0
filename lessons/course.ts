/**
 * The course manifest: the single source of the order of sections and lessons.
 *
 * Planned course, in order (issue 6 writes the rest; add each id here when its folder exists):
 *   fundamentos:   introduccion, capas, cache
 *   multistage:    multistage, instrucciones, patrones
 *   avanzado:      estrategias-avanzadas, seguridad, dockerignore
 *   cierre:        resumen
 */
import type { Locale } from '@/lib/i18n/locales'
import { lessonCatalog, type LessonId } from './catalog'
import { courseSchema, type LessonMeta } from './schema'

/** Every lesson id the finished course will have, in reading order. The manifest must follow this order. */
export const plannedLessonIds = [
  'introduccion',
  'capas',
  'cache',
  'multistage',
  'instrucciones',
  'patrones',
  'estrategias-avanzadas',
  'seguridad',
  'dockerignore',
  'resumen',
] as const

export const course = courseSchema.parse({
  sections: [
    {
      id: 'fundamentos',
      title: { es: 'Fundamentos', en: 'Foundations' },
      lessons: ['introduccion', 'capas', 'cache'] satisfies LessonId[],
    },
    {
      id: 'multistage',
      title: { es: 'Multistage', en: 'Multistage' },
      lessons: ['multistage', 'instrucciones', 'patrones'] satisfies LessonId[],
    },
    {
      id: 'avanzado',
      title: { es: 'Técnicas avanzadas y seguridad', en: 'Advanced techniques and security' },
      lessons: ['estrategias-avanzadas', 'seguridad', 'dockerignore'] satisfies LessonId[],
    },
    {
      id: 'cierre',
      title: { es: 'Cierre', en: 'Wrap-up' },
      lessons: ['resumen'] satisfies LessonId[],
    },
  ],
})

export interface CourseLesson {
  meta: LessonMeta
  id: LessonId
  /** 1-based position in the whole course. */
  number: number
  sectionId: string
  sectionTitle: Record<Locale, string>
}

function isLessonId(id: string): id is LessonId {
  return Object.hasOwn(lessonCatalog, id)
}

/** All lessons in course order. Throws at import if the manifest names a lesson without metadata. */
export const courseLessons: readonly CourseLesson[] = course.sections.flatMap((section) =>
  section.lessons.map((id) => {
    if (!isLessonId(id)) throw new Error(`course.ts lists "${id}", but lessons/catalog.ts has no such lesson`)
    return { meta: lessonCatalog[id], id, sectionId: section.id, sectionTitle: section.title, number: 0 }
  }),
).map((lesson, index) => ({ ...lesson, number: index + 1 }))

export function getCourseLesson(id: string): CourseLesson | undefined {
  return courseLessons.find((lesson) => lesson.id === id)
}

/** The lessons before and after `id` in course order (undefined at either end). */
export function getAdjacentLessons(id: string): { previous?: CourseLesson; next?: CourseLesson } {
  const index = courseLessons.findIndex((lesson) => lesson.id === id)
  if (index === -1) return {}
  return { previous: courseLessons[index - 1], next: courseLessons[index + 1] }
}
