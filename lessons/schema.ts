/** Zod schemas for course content. Parsing happens at import, so invalid metadata fails tests and the build. */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/locales'

/** Lesson, section and exercise ids: kebab-case, stable, never reused (they are URLs and progress keys). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case')
  .describe('Stable kebab-case id; part of URLs and progress keys, so never renamed or reused.')

const text = z.string().trim().min(1)

/** One value per site language; both are required, so a missing translation fails the schema. */
function localized<T extends z.ZodType>(schema: T) {
  return z.object({ es: schema, en: schema } satisfies Record<Locale, T>)
}

export const lessonMetaSchema = z
  .object({
    id: idSchema.describe('Equals the lesson folder name.'),
    title: localized(text).describe('Lesson title, shown as the page h1 and in the course map.'),
    summary: localized(text.max(240)).describe('One or two sentences for the course map and the page description.'),
    youWillLearn: localized(z.array(text).min(2).max(6)).describe(
      'Concrete outcomes, shown under "What you will learn"; the same number in every language.',
    ),
    estimatedMinutes: z.number().int().min(1).max(90).describe('Reading time in minutes, exercises included.'),
    exercises: z
      .array(idSchema)
      .default([])
      .describe('Exercise ids mounted at the end of the lesson, in order. Empty: no exercise slot is rendered.'),
  })
  .strict()
  .superRefine((meta, ctx) => {
    if (meta.youWillLearn.es.length !== meta.youWillLearn.en.length) {
      ctx.addIssue({ code: 'custom', path: ['youWillLearn'], message: 'every language lists the same number of outcomes' })
    }
  })

export type LessonMetaInput = z.input<typeof lessonMetaSchema>
export type LessonMeta = z.output<typeof lessonMetaSchema>

/** Validates a lesson's metadata; used as the default export of `lessons/<id>/meta.ts`. */
export function defineLesson(input: LessonMetaInput): LessonMeta {
  return lessonMetaSchema.parse(input)
}

export const sectionSchema = z
  .object({
    id: idSchema,
    title: localized(text),
    lessons: z.array(idSchema).min(1).describe('Lesson ids in reading order.'),
  })
  .strict()

export const courseSchema = z
  .object({ sections: z.array(sectionSchema).min(1) })
  .strict()
  .superRefine((course, ctx) => {
    const seen = new Set<string>()
    for (const id of course.sections.flatMap((s) => s.lessons)) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `lesson "${id}" appears twice in the course` })
      seen.add(id)
    }
  })

export type Section = z.output<typeof sectionSchema>
export type Course = z.output<typeof courseSchema>
