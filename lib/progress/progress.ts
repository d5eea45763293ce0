/**
 * Pure progress operations: reading what localStorage holds (migrating v1, salvaging damaged data),
 * recording lessons, exercises and quizzes, merging two documents, and the progress file format.
 * No browser APIs here: components/course/progress-store.ts does the storage side.
 */
import {
  emptyProgress,
  itemSchemas,
  lessonStatusSchema,
  PROGRESS_KEYS,
  PROGRESS_LIMITS,
  PROGRESS_SCHEMA_NAME,
  PROGRESS_SECTIONS,
  PROGRESS_VERSION,
  progressSchema,
  type ExerciseCode,
  type ExerciseProgress,
  type LessonStatus,
  type Progress,
  type ProgressSection,
} from './schema'

export * from './schema'
export * from './read'

/** Timestamp for migrated data that had none: older than anything, so it never wins a merge. */
export const UNKNOWN_TIME = new Date(0).toISOString()

// --- Reading storage ----------------------------------------------------------------------------

/** The raw strings under each key (null when absent). */
export interface StoredValues {
  current: string | null
  v1Lessons: string | null
  v1Quizzes: string | null
}

/** A stored value that could not be read completely, kept verbatim. */
export interface DamagedValue {
  key: string
  raw: string
}

export interface LoadResult {
  progress: Progress
  /**
   * empty: nothing stored · ok: the v2 document as stored · migrated: built from the v1 keys ·
   * recovered: something was damaged; what could be read is kept and `damaged` holds the raw values.
   */
  outcome: 'empty' | 'ok' | 'migrated' | 'recovered'
  damaged: DamagedValue[]
  /** The v2 document must be (re)written and the v1 keys removed. */
  rewrite: boolean
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch {
    return { ok: false }
  }
}

/** Keeps every item of a section that validates on its own; reports whether any was dropped. */
function salvageSection<S extends ProgressSection>(section: S, value: unknown): { items: Progress[S]; dropped: boolean } {
  const items = {} as Progress[S]
  if (!isRecord(value)) return { items, dropped: value !== undefined }
  let dropped = false
  let kept = 0
  for (const [id, item] of Object.entries(value)) {
    const parsed = itemSchemas[section].safeParse(item)
    if (parsed.success && id.length > 0 && id.length <= 100 && kept < PROGRESS_LIMITS.items) {
      ;(items as Record<string, unknown>)[id] = parsed.data
      kept++
    } else dropped = true
  }
  return { items, dropped }
}

/** Reads a v2 document; a damaged one gives back every item that still validates. */
function readCurrent(raw: string): { progress: Progress; damaged: boolean } {
  const json = parseJson(raw)
  if (!json.ok || !isRecord(json.value)) return { progress: emptyProgress(), damaged: true }
  const parsed = progressSchema.safeParse(json.value)
  if (parsed.success) {
    const { exportedAt: _exportedAt, ...progress } = parsed.data
    void _exportedAt
    return { progress, damaged: false }
  }
  // A document from a newer version cannot be read item by item with this version's rules.
  if (typeof json.value.version === 'number' && json.value.version > PROGRESS_VERSION) return { progress: emptyProgress(), damaged: true }
  const progress = emptyProgress()
  for (const section of PROGRESS_SECTIONS) {
    const { items } = salvageSection(section, json.value[section])
    ;(progress as Record<ProgressSection, unknown>)[section] = items
  }
  return { progress, damaged: true }
}

/** v1 lessons: `{ "lessons": { id: { status, updatedAt } } }` (stagecraft:progress:v1). */
export function migrateV1Lessons(raw: string): { lessons: Progress['lessons']; damaged: boolean } {
  const json = parseJson(raw)
  if (!json.ok || !isRecord(json.value)) return { lessons: {}, damaged: true }
  const { items, dropped } = salvageSection('lessons', json.value.lessons ?? {})
  return { lessons: items, damaged: dropped || !isRecord(json.value.lessons) }
}

/** v1 quiz answers: `{ quizId: [optionIndex, …] }` (stagecraft:quiz:v1), which had no dates. */
export function migrateV1Quizzes(raw: string): { quizzes: Progress['quizzes']; damaged: boolean } {
  const json = parseJson(raw)
  if (!json.ok || !isRecord(json.value)) return { quizzes: {}, damaged: true }
  const wrapped: Record<string, unknown> = {}
  for (const [id, answers] of Object.entries(json.value)) wrapped[id] = { answers, updatedAt: UNKNOWN_TIME }
  const { items, dropped } = salvageSection('quizzes', wrapped)
  return { quizzes: items, damaged: dropped }
}

/**
 * What the browser holds, as one v2 document. The v1 keys are migrated (and merged into an existing
 * v2 document, should an old tab have written them after the upgrade). Damaged values are reported
 * with their raw text so the caller can keep them aside and tell the learner.
 */
export function loadProgress(values: StoredValues): LoadResult {
  const damaged: DamagedValue[] = []
  let progress = emptyProgress()
  let outcome: LoadResult['outcome'] = 'empty'

  if (values.current !== null) {
    const current = readCurrent(values.current)
    progress = current.progress
    outcome = 'ok'
    if (current.damaged) damaged.push({ key: PROGRESS_KEYS.current, raw: values.current })
  }

  const v1 = emptyProgress()
  if (values.v1Lessons !== null) {
    const migrated = migrateV1Lessons(values.v1Lessons)
    v1.lessons = migrated.lessons
    if (migrated.damaged) damaged.push({ key: PROGRESS_KEYS.v1Lessons, raw: values.v1Lessons })
  }
  if (values.v1Quizzes !== null) {
    const migrated = migrateV1Quizzes(values.v1Quizzes)
    v1.quizzes = migrated.quizzes
    if (migrated.damaged) damaged.push({ key: PROGRESS_KEYS.v1Quizzes, raw: values.v1Quizzes })
  }
  const hasV1 = values.v1Lessons !== null || values.v1Quizzes !== null
  if (hasV1) {
    progress = mergeProgress(progress, v1)
    if (outcome === 'empty') outcome = 'migrated'
  }
  if (damaged.length > 0) outcome = 'recovered'
  return { progress, outcome, damaged, rewrite: hasV1 || damaged.length > 0 }
}

/** The backup of damaged values, under PROGRESS_KEYS.backup. */
export interface ProgressBackup {
  savedAt: string
  values: DamagedValue[]
  /** The learner closed the notice; the data stays until progress is reset. */
  dismissed: boolean
}

export function parseBackup(raw: string | null): ProgressBackup | null {
  if (!raw) return null
  const json = parseJson(raw)
  if (!json.ok || !isRecord(json.value)) return null
  const { savedAt, values, dismissed } = json.value
  if (typeof savedAt !== 'string' || !Array.isArray(values)) return null
  const kept = values.filter((v): v is DamagedValue => isRecord(v) && typeof v.key === 'string' && typeof v.raw === 'string')
  return { savedAt, values: kept, dismissed: dismissed === true }
}

/** A new backup; values from an earlier, still-undismissed backup are kept after the new ones. */
export function createBackup(damaged: DamagedValue[], now: Date, previous: ProgressBackup | null = null): ProgressBackup {
  const older = previous && !previous.dismissed ? previous.values : []
  return { savedAt: now.toISOString(), values: [...damaged, ...older].slice(0, 6), dismissed: false }
}

// --- Recording ----------------------------------------------------------------------------------

/**
 * Records a lesson status. A visit ("started") never downgrades a completed lesson; pass
 * `overwrite` when the learner explicitly un-marks it.
 */
export function withLessonStatus(progress: Progress, lessonId: string, status: LessonStatus, now: Date, overwrite = false): Progress {
  lessonStatusSchema.parse(status)
  const current = progress.lessons[lessonId]
  if (current && (current.status === status || (status === 'started' && !overwrite))) return progress
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { status, updatedAt: now.toISOString() } } }
}

export function withQuizAnswers(progress: Progress, quizId: string, answers: number[], now: Date): Progress {
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { answers: [...answers], updatedAt: now.toISOString() } } }
}

export interface ExerciseChange {
  code?: ExerciseCode
  passed?: boolean
  /** Adds one attempt. */
  attempt?: boolean
  hintsShown?: number
  solutionViewed?: boolean
}

/**
 * Updates an exercise's record, creating it from `starter` the first time. Passing sets `solvedAt`
 * once; hints shown only grow; a viewed solution stays viewed.
 */
export function withExercise(progress: Progress, exerciseId: string, change: ExerciseChange, starter: ExerciseCode, now: Date): Progress {
  const prev: ExerciseProgress = progress.exercises[exerciseId] ?? {
    code: { dockerfile: starter.dockerfile, dockerignore: starter.dockerignore },
    passed: false,
    attempts: 0,
    hintsShown: 0,
    solutionViewed: false,
    solvedAt: null,
    updatedAt: now.toISOString(),
  }
  const passed = change.passed ?? prev.passed
  const next: ExerciseProgress = {
    code: change.code ? { dockerfile: change.code.dockerfile.slice(0, PROGRESS_LIMITS.code), dockerignore: change.code.dockerignore?.slice(0, PROGRESS_LIMITS.code) ?? null } : prev.code,
    passed,
    attempts: Math.min(PROGRESS_LIMITS.attempts, prev.attempts + (change.attempt ? 1 : 0)),
    hintsShown: Math.max(prev.hintsShown, Math.min(20, change.hintsShown ?? 0)),
    solutionViewed: prev.solutionViewed || change.solutionViewed === true,
    solvedAt: prev.solvedAt ?? (passed ? now.toISOString() : null),
    updatedAt: now.toISOString(),
  }
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: next } }
}

/** A grading result as the attempt counter sees it: the ids of the passing checks. */
export function resultSignature(checks: ReadonlyArray<{ id: string; passed: boolean }>): string {
  return checks
    .filter((c) => c.passed)
    .map((c) => c.id)
    .sort()
    .join(' ')
}

/**
 * Attempts: every explicit "check" press counts; a live grading counts once the learner pauses and
 * its result (which checks pass) differs from the last counted attempt, so typing a line character by
 * character is not dozens of attempts, and re-reaching the same state is not a new one.
 */
export function countsAsAttempt(input: { explicit: boolean; signature: string; lastAttemptSignature: string | null }): boolean {
  return input.explicit || input.signature !== input.lastAttemptSignature
}

// --- Reading progress (zod-free helpers live in ./read.ts) ------------------------------------

export function isEmptyProgress(progress: Progress): boolean {
  return PROGRESS_SECTIONS.every((section) => Object.keys(progress[section]).length === 0)
}

export function itemCounts(progress: Progress): Record<ProgressSection, number> {
  return { lessons: Object.keys(progress.lessons).length, exercises: Object.keys(progress.exercises).length, quizzes: Object.keys(progress.quizzes).length }
}

// --- Merging and files --------------------------------------------------------------------------

function time(iso: string | null | undefined): number {
  const t = iso ? Date.parse(iso) : NaN
  return Number.isNaN(t) ? -Infinity : t
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return time(a) <= time(b) ? a : b
}

/**
 * Merges two progress documents item by item (each lesson, exercise and quiz): the newer
 * `updatedAt` wins, and `a` wins a tie. For exercises, facts that happened stay true whichever side
 * wins: the earliest `solvedAt`, the most hints shown, a solution seen.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const pick = <T extends { updatedAt: string }>(x: T | undefined, y: T | undefined): T => {
    if (!x) return y!
    if (!y) return x
    return time(y.updatedAt) > time(x.updatedAt) ? y : x
  }
  const mergeSection = <T extends { updatedAt: string }>(x: Record<string, T>, y: Record<string, T>, combine?: (winner: T, p: T, q: T) => T): Record<string, T> => {
    const out: Record<string, T> = {}
    for (const id of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const p = x[id]
      const q = y[id]
      const winner = pick(p, q)
      out[id] = p && q && combine ? combine(winner, p, q) : winner
    }
    return out
  }
  return {
    schema: PROGRESS_SCHEMA_NAME,
    version: PROGRESS_VERSION,
    lessons: mergeSection(a.lessons, b.lessons),
    exercises: mergeSection(a.exercises, b.exercises, (winner, p, q) => ({
      ...winner,
      solvedAt: earliest(p.solvedAt, q.solvedAt),
      hintsShown: Math.max(p.hintsShown, q.hintsShown),
      solutionViewed: p.solutionViewed || q.solutionViewed,
    })),
    quizzes: mergeSection(a.quizzes, b.quizzes),
  }
}

/** The progress file: the same versioned document, plus when it was exported. Language-independent. */
export function exportProgress(progress: Progress, now: Date = new Date()): string {
  const { schema, version, lessons, exercises, quizzes } = progress
  return `${JSON.stringify({ schema, version, exportedAt: now.toISOString(), lessons, exercises, quizzes }, null, 2)}\n`
}

/** `stagecraft-progress-2026-01-31.json` */
export function progressFileName(now: Date = new Date()): string {
  return `stagecraft-progress-${now.toISOString().slice(0, 10)}.json`
}

export type ProgressFileError = 'too-big' | 'not-json' | 'not-progress' | 'newer-version' | 'invalid'

export type ProgressFileResult = { ok: true; progress: Progress } | { ok: false; error: ProgressFileError }

/**
 * Reads a progress file (an export, or a v1 progress value pasted into a file). Strict: a file
 * with any invalid item is refused rather than half-imported.
 */
export function parseProgressFile(text: string): ProgressFileResult {
  if (text.length > PROGRESS_LIMITS.fileBytes) return { ok: false, error: 'too-big' }
  const json = parseJson(text.replace(/^\uFEFF/, ''))
  if (!json.ok) return { ok: false, error: 'not-json' }
  const value = json.value
  if (!isRecord(value)) return { ok: false, error: 'not-progress' }
  if (value.schema === PROGRESS_SCHEMA_NAME) {
    if (typeof value.version === 'number' && value.version > PROGRESS_VERSION) return { ok: false, error: 'newer-version' }
    const parsed = progressSchema.safeParse(value)
    if (!parsed.success) return { ok: false, error: 'invalid' }
    const { exportedAt: _exportedAt, ...progress } = parsed.data
    void _exportedAt
    return { ok: true, progress }
  }
  // Version 1 had only lessons, with no schema name.
  if (value.schema === undefined && isRecord(value.lessons) && Object.keys(value).length === 1) {
    const migrated = migrateV1Lessons(text)
    if (migrated.damaged) return { ok: false, error: 'invalid' }
    return { ok: true, progress: { ...emptyProgress(), lessons: migrated.lessons } }
  }
  return { ok: false, error: 'not-progress' }
}
