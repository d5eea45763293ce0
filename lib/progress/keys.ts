/**
 * Progress storage keys and the document's name and version, without the schema (and so without
 * zod): the thin client layer that every lesson page loads imports these.
 */
export const PROGRESS_SCHEMA_NAME = 'stagecraft-progress'
export const PROGRESS_VERSION = 2

/** localStorage keys: the current document, the v1 keys it migrates from, and where damaged data goes. */
export const PROGRESS_KEYS = {
  current: 'stagecraft:progress:v2',
  v1Lessons: 'stagecraft:progress:v1',
  v1Quizzes: 'stagecraft:quiz:v1',
  backup: 'stagecraft:progress:backup',
} as const

export const ALL_PROGRESS_KEYS: readonly string[] = Object.values(PROGRESS_KEYS)
