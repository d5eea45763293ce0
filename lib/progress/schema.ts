/**
 * The learner's progress, version 2: one document in localStorage, and the same document in an
 * exported progress file. zod/mini keeps the validator small, because every lesson page reads it.
 *
 * {
 *   "schema": "stagecraft-progress", "version": 2,
 *   "lessons":   { "<lesson-id>":   { "status": "started" | "completed", "updatedAt": ISO } },
 *   "exercises": { "<exercise-id>": { "code": { "dockerfile": "…", "dockerignore": "…" | null },
 *                                     "passed": bool, "attempts": n, "hintsShown": n,
 *                                     "solutionViewed": bool, "solvedAt": ISO | null, "updatedAt": ISO } },
 *   "quizzes":   { "<quiz-id>":     { "answers": [n, …], "updatedAt": ISO } },
 *   "exportedAt": ISO   (exported files only)
 * }
 *
 * Any change to this shape gets a new version number and a migration in ./progress.ts.
 */
import * as z from 'zod/mini'
import { PROGRESS_SCHEMA_NAME, PROGRESS_VERSION } from './keys'

export * from './keys'

/** Limits that keep a hostile or runaway value from filling storage or freezing the page. */
export const PROGRESS_LIMITS = {
  code: 100_000,
  items: 500,
  answers: 50,
  attempts: 1_000_000,
  /** A progress file bigger than this is refused before parsing. */
  fileBytes: 5_000_000,
} as const

const isoDate = z.string().check(
  z.maxLength(40),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
)
const itemId = z.string().check(z.minLength(1), z.maxLength(100))
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max))

export const lessonStatusSchema = z.enum(['started', 'completed'])

export const lessonProgressSchema = z.object({
  status: lessonStatusSchema,
  updatedAt: isoDate,
})

export const exerciseCodeSchema = z.object({
  dockerfile: z.string().check(z.maxLength(PROGRESS_LIMITS.code)),
  dockerignore: z.nullable(z.string().check(z.maxLength(PROGRESS_LIMITS.code))),
})

export const exerciseProgressSchema = z.object({
  /** The learner's latest text (the starter until they edit it). */
  code: exerciseCodeSchema,
  /** Whether `code` passes every check (the latest grading). */
  passed: z.boolean(),
  /** Explicit "check" presses plus settled gradings whose result differs from the previous attempt. */
  attempts: count(PROGRESS_LIMITS.attempts),
  hintsShown: z._default(count(20), 0),
  solutionViewed: z._default(z.boolean(), false),
  /** First time every check passed; stays set when the code later changes. */
  solvedAt: z._default(z.nullable(isoDate), null),
  updatedAt: isoDate,
})

export const quizProgressSchema = z.object({
  answers: z.array(count(100)).check(z.maxLength(PROGRESS_LIMITS.answers)),
  updatedAt: isoDate,
})

const section = <T extends z.ZodMiniType>(item: T) =>
  z.record(itemId, item).check(z.refine((r) => Object.keys(r).length <= PROGRESS_LIMITS.items, 'too many items'))

export const progressSchema = z.object({
  schema: z.literal(PROGRESS_SCHEMA_NAME),
  version: z.literal(PROGRESS_VERSION),
  lessons: section(lessonProgressSchema),
  exercises: section(exerciseProgressSchema),
  quizzes: section(quizProgressSchema),
  exportedAt: z.optional(isoDate),
})

export type LessonStatus = z.output<typeof lessonStatusSchema>
export type LessonProgress = z.output<typeof lessonProgressSchema>
export type ExerciseCode = z.output<typeof exerciseCodeSchema>
export type ExerciseProgress = z.output<typeof exerciseProgressSchema>
export type QuizProgress = z.output<typeof quizProgressSchema>
export type Progress = z.output<typeof progressSchema>

/** The three per-item sections of a progress document. */
export const PROGRESS_SECTIONS = ['lessons', 'exercises', 'quizzes'] as const
export type ProgressSection = (typeof PROGRESS_SECTIONS)[number]

export const itemSchemas = {
  lessons: lessonProgressSchema,
  exercises: exerciseProgressSchema,
  quizzes: quizProgressSchema,
} as const

export function emptyProgress(): Progress {
  return { schema: PROGRESS_SCHEMA_NAME, version: PROGRESS_VERSION, lessons: {}, exercises: {}, quizzes: {} }
}
