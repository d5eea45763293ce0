/**
 * Quiz answers, kept only in this browser under a versioned key. Malformed stored data is ignored
 * rather than trusted (storage is user-editable).
 */
export const QUIZ_STORAGE_KEY = 'stagecraft:quiz:v1'

type Answers = Record<string, number[]>

const listeners = new Set<() => void>()
let cache: { raw: string | null; value: Answers } = { raw: null, value: {} }

export function parseQuizAnswers(raw: string | null): Answers {
  if (!raw) return {}
  try {
    const data = JSON.parse(raw) as unknown
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {}
    const out: Answers = {}
    for (const [id, value] of Object.entries(data)) {
      if (Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0)) out[id] = value as number[]
    }
    return out
  } catch {
    return {}
  }
}

function read(): Answers {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(QUIZ_STORAGE_KEY)
  } catch {
    return cache.value
  }
  if (raw !== cache.raw) cache = { raw, value: parseQuizAnswers(raw) }
  return cache.value
}

export function getQuizAnswers(id: string): number[] | null {
  return read()[id] ?? null
}

export function getAllQuizAnswers(): Answers {
  return read()
}

export function saveQuizAnswers(id: string, answers: number[]): void {
  const next = { ...read(), [id]: answers }
  try {
    window.localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify(next))
  } catch {
    // Storage full or blocked: the quiz still works for this visit.
  }
  listeners.forEach((l) => l())
}

export function subscribeQuiz(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => e.key === QUIZ_STORAGE_KEY && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}
