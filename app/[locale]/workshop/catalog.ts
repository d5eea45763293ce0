/**
 * Server-only: what the workshop pages hand to their client tools, as plain data for one locale —
 * lesson and exercise titles, and each exercise's grading materials (starter and context files).
 */
import { exercises } from '@/lessons/exercises'
import { courseLessons } from '@/lessons/course'
import { loadExerciseFiles } from '@/lib/content/exercises'
import type { Locale } from '@/lib/i18n'
import type { CatalogExercise, CatalogLesson } from '@/components/workshop/agenda-builder'
import type { MaterialsData } from '@/components/workshop/regrade-engine'

export function workshopCatalog(locale: Locale): { lessons: CatalogLesson[]; exercises: CatalogExercise[] } {
  return {
    lessons: courseLessons.map((l) => ({ id: l.id, number: l.number, title: l.meta.title[locale] })),
    exercises: exercises.map((e) => ({ id: e.id, lesson: e.lesson, title: e.title[locale] })),
  }
}

export function exerciseMaterials(): Record<string, MaterialsData> {
  return Object.fromEntries(
    exercises.map((e) => {
      const files = loadExerciseFiles(e.id)
      return [e.id, { starter: { dockerfile: files.starter.dockerfile, dockerignore: files.starter.dockerignore ?? null }, contextFiles: files.contextFiles }]
    }),
  )
}
