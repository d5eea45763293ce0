/**
 * The learner's progress in this browser: one versioned document (lib/progress) in localStorage,
 * read through useSyncExternalStore. Reading it migrates the v1 keys, and a damaged value is
 * salvaged, kept verbatim under the backup key, and flagged for a notice (ProgressRecoveryNotice).
 *
 * This module carries the schema (zod/mini), so lesson pages load it lazily through
 * ./progress-client.ts; pages that are already heavy (the exercise workbench) import it directly.
 */
import {
  createBackup,
  emptyProgress,
  exportProgress,
  itemCounts,
  loadProgress,
  mergeProgress,
  parseBackup,
  parseProgressFile,
  progressFileName,
  PROGRESS_KEYS,
  withExercise,
  withLessonStatus,
  withQuizAnswers,
  type ExerciseChange,
  type ExerciseCode,
  type LessonStatus,
  type Progress,
  type ProgressBackup,
  type ProgressFileError,
} from '@/lib/progress/progress'

export { PROGRESS_KEYS }
export type { LessonStatus, Progress, ProgressBackup }

/** The key of the current document. */
export const PROGRESS_STORAGE_KEY = PROGRESS_KEYS.current

const WATCHED_KEYS: ReadonlySet<string> = new Set(Object.values(PROGRESS_KEYS))

function readKey(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function writeKey(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
    return true
  } catch {
    // Storage full or disabled: progress lives in memory for this visit.
    return false
  }
}

type Inputs = [current: string | null, v1Lessons: string | null, v1Quizzes: string | null]

function readInputs(): Inputs {
  return [readKey(PROGRESS_KEYS.current), readKey(PROGRESS_KEYS.v1Lessons), readKey(PROGRESS_KEYS.v1Quizzes)]
}

const sameInputs = (a: Inputs, b: Inputs) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2]

const listeners = new Set<() => void>()
let cache: { inputs: Inputs; progress: Progress } | null = null
let backupCache: { raw: string | null; value: ProgressBackup | null } = { raw: null, value: null }

function notify() {
  listeners.forEach((listener) => listener())
}

/**
 * Snapshot for useSyncExternalStore: the same object until a stored value changes. The first read
 * after a change migrates v1 data or recovers a damaged value, and writes the result back once.
 */
export function getProgressSnapshot(): Progress {
  const inputs = readInputs()
  if (cache && sameInputs(cache.inputs, inputs)) return cache.progress
  const result = loadProgress({ current: inputs[0], v1Lessons: inputs[1], v1Quizzes: inputs[2] })
  if (result.rewrite) {
    if (result.damaged.length > 0) {
      writeKey(PROGRESS_KEYS.backup, JSON.stringify(createBackup(result.damaged, new Date(), parseBackup(readKey(PROGRESS_KEYS.backup)))))
    }
    if (writeKey(PROGRESS_KEYS.current, JSON.stringify(result.progress))) {
      writeKey(PROGRESS_KEYS.v1Lessons, null)
      writeKey(PROGRESS_KEYS.v1Quizzes, null)
    }
    cache = { inputs: readInputs(), progress: result.progress }
    // Subscribers that already rendered (another component) learn about the backup notice.
    if (result.damaged.length > 0) queueMicrotask(notify)
  } else cache = { inputs, progress: result.progress }
  return cache.progress
}

/** Damaged data kept aside, or null. */
export function getBackupSnapshot(): ProgressBackup | null {
  getProgressSnapshot()
  const raw = readKey(PROGRESS_KEYS.backup)
  if (raw !== backupCache.raw) backupCache = { raw, value: parseBackup(raw) }
  return backupCache.value
}

export function subscribeProgress(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || WATCHED_KEYS.has(event.key)) listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function write(next: Progress) {
  writeKey(PROGRESS_KEYS.current, JSON.stringify(next))
  // Whether or not storage took it, this visit sees the new value.
  cache = { inputs: readInputs(), progress: next }
  notify()
}

function update(change: (current: Progress, now: Date) => Progress) {
  const current = getProgressSnapshot()
  const next = change(current, new Date())
  if (next !== current) write(next)
}

export function setLessonStatus(lessonId: string, status: LessonStatus, overwrite = false) {
  update((p, now) => withLessonStatus(p, lessonId, status, now, overwrite))
}

export function saveQuizAnswers(quizId: string, answers: number[]) {
  update((p, now) => withQuizAnswers(p, quizId, answers, now))
}

export function updateExercise(exerciseId: string, change: ExerciseChange, starter: ExerciseCode) {
  update((p, now) => withExercise(p, exerciseId, change, starter, now))
}

/** Merges an imported document into this browser's progress (newest item wins); returns the result. */
export function importProgress(imported: Progress): Progress {
  const next = mergeProgress(getProgressSnapshot(), imported)
  write(next)
  return next
}

/** This browser's progress as a progress file (exportProgress), with its file name. */
export function exportProgressFile(): { text: string; fileName: string } {
  const now = new Date()
  return { text: exportProgress(getProgressSnapshot(), now), fileName: progressFileName(now) }
}

/** Reads a progress file and merges it in; counts are what the file held. */
export function importProgressFile(text: string): { ok: true; counts: ReturnType<typeof itemCounts> } | { ok: false; error: ProgressFileError } {
  const parsed = parseProgressFile(text)
  if (!parsed.ok) return parsed
  importProgress(parsed.progress)
  return { ok: true, counts: itemCounts(parsed.progress) }
}

export function dismissRecoveryNotice() {
  const backup = getBackupSnapshot()
  if (!backup) return
  writeKey(PROGRESS_KEYS.backup, JSON.stringify({ ...backup, dismissed: true }))
  notify()
}

/** Forgets everything: the document, the v1 keys and any backup. */
export function clearProgress() {
  for (const key of WATCHED_KEYS) writeKey(key, null)
  cache = { inputs: readInputs(), progress: emptyProgress() }
  notify()
}
