/** Exercise metadata schema (zod) and `defineExercise`. Checks are code; everything else is validated data. */
import { z } from 'zod'
import type { Check } from '@/lib/grade/types'
import { idSchema } from './schema'

const text = z.string().trim().min(1)
const localized = z.object({ es: text, en: text })

export const exerciseMetaSchema = z
  .object({
    id: idSchema.describe('Equals the folder name; part of URLs, submission codes and CI commands. Never renamed.'),
    lesson: idSchema.describe('The lesson that teaches it; the exercise is shown at the end of that lesson.'),
    title: localized.describe('Short title.'),
    statement: localized.describe('What to do, in a few sentences (plain text, `code` allowed).'),
    hints: z.array(localized).min(2).max(5).describe('Revealed one at a time, from a nudge to a near-answer.'),
    concepts: z.array(z.string()).default([]).describe('Related rule ids, linked to their rule pages.'),
  })
  .strict()

export type ExerciseMeta = z.output<typeof exerciseMetaSchema>

export interface Exercise extends ExerciseMeta {
  checks: readonly Check[]
}

export function defineExercise(input: z.input<typeof exerciseMetaSchema> & { checks: readonly Check[] }): Exercise {
  const { checks, ...meta } = input
  const parsed = exerciseMetaSchema.parse(meta)
  const ids = checks.map((c) => c.id)
  if (new Set(ids).size !== ids.length) throw new Error(`exercise ${parsed.id}: duplicate check ids`)
  for (const id of ids) idSchema.parse(id)
  return { ...parsed, checks }
}
