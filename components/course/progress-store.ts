/**
 * Learner progress, kept only in this browser under a versioned key. A future schema change gets a
 * new key (v2) plus a migration, so an old value is never misread.
 *
 * Stored value: { "lessons": { "<lesson-id>": { "status": "started" | "completed", "updatedAt": ISO date } } }
 * Other features (exercises) record completion through `setLessonStatus`.
 */
export const PROGRESS_STORAGE_KEY = 'stagecraft:progress:v1'

export type LessonStatus = 'started' | 'completed'

export interface LessonProgress {
  status: LessonStatus
  updatedAt: string
}

export interface Progress {
  lessons: Record<string, LessonProgress>
}

const empty: Progress = { lessons: {} }

/** Parses a stored value, dropping anything malformed instead of throwing (storage is user-editable). */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return empty
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return empty
  }
  const lessons = (data as { lessons?: unknown } | null)?.lessons
  if (!lessons || typeof lessons !== 'object' || Array.isArray(lessons)) return empty
  const valid: Record<string, LessonProgress> = {}
  for (const [id, entry] of Object.entries(lessons)) {
    const { status, updatedAt } = (entry ?? {}) as Partial<LessonProgress>
    if ((status === 'started' || status === 'completed') && typeof updatedAt === 'string') {
      valid[id] = { status, updatedAt }
    }
  }
  return { lessons: valid }
}

/**
 * Records a status. A visit ("started") never downgrades a completed lesson; pass `overwrite` when
 * the learner explicitly un-marks it.
 */
export function withLessonStatus(progress: Progress, lessonId: string, status: LessonStatus, now: Date, overwrite = false): Progress {
  const current = progress.lessons[lessonId]
  if (current && (current.status === status || (status === 'started' && !overwrite))) return progress
  return { lessons: { ...progress.lessons, [lessonId]: { status, updatedAt: now.toISOString() } } }
}

// --- Browser store (useSyncExternalStore) -----------------------------------------------------

const listeners = new Set<() => void>()
let cache: { raw: string | null; value: Progress } = { raw: null, value: empty }

function readRaw(): string | null {
  try {
    return localStorage.getItem(PROGRESS_STORAGE_KEY)
  } catch {
    return null
  }
}

/** Snapshot for useSyncExternalStore: the same object until the stored string changes. */
export function getProgressSnapshot(): Progress {
  const raw = readRaw()
  if (raw !== cache.raw) cache = { raw, value: parseProgress(raw) }
  return cache.value
}

export function subscribeProgress(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_STORAGE_KEY || event.key === null) listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function write(progress: Progress | null) {
  try {
    if (progress) localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress))
    else localStorage.removeItem(PROGRESS_STORAGE_KEY)
  } catch {
    // Storage full or disabled: progress is simply not remembered.
  }
  listeners.forEach((listener) => listener())
}

export function setLessonStatus(lessonId: string, status: LessonStatus, overwrite = false) {
  const current = getProgressSnapshot()
  const next = withLessonStatus(current, lessonId, status, new Date(), overwrite)
  if (next !== current) write(next)
}

export function clearProgress() {
  write(null)
}
