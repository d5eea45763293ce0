/** The browser store over a fake localStorage: migration, recovery with a backup, and writes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

class MemoryStorage {
  data = new Map<string, string>()
  failWrites = false
  getItem(key: string) {
    return this.data.get(key) ?? null
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError')
    this.data.set(key, String(value))
  }
  removeItem(key: string) {
    this.data.delete(key)
  }
}

let storage: MemoryStorage

async function freshStore() {
  vi.resetModules()
  return import('./progress-store')
}

beforeEach(() => {
  storage = new MemoryStorage()
  vi.stubGlobal('localStorage', storage)
  vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('progress store', () => {
  it('migrates the v1 lesson and quiz keys into the v2 document once', async () => {
    storage.setItem('stagecraft:progress:v1', JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: '2026-01-01T00:00:00.000Z' } } }))
    storage.setItem('stagecraft:quiz:v1', JSON.stringify({ capas: [1, 2] }))
    const store = await freshStore()
    const progress = store.getProgressSnapshot()
    expect(progress.lessons.capas?.status).toBe('completed')
    expect(progress.quizzes.capas?.answers).toEqual([1, 2])
    expect(JSON.parse(storage.getItem('stagecraft:progress:v2')!)).toMatchObject({ schema: 'stagecraft-progress', version: 2 })
    expect(storage.getItem('stagecraft:progress:v1')).toBeNull()
    expect(storage.getItem('stagecraft:quiz:v1')).toBeNull()
    // Stable snapshot: useSyncExternalStore must get the same object while nothing changes.
    expect(store.getProgressSnapshot()).toBe(progress)
    expect(store.getBackupSnapshot()).toBeNull()
  })

  it('recovers a damaged value, keeps the raw text under the backup key, and can dismiss the notice', async () => {
    storage.setItem('stagecraft:progress:v2', '{"schema":"stagecraft-progress","version":2,"lessons":{')
    const store = await freshStore()
    expect(store.getProgressSnapshot().lessons).toEqual({})
    const backup = store.getBackupSnapshot()
    expect(backup?.dismissed).toBe(false)
    expect(backup?.values).toEqual([{ key: 'stagecraft:progress:v2', raw: '{"schema":"stagecraft-progress","version":2,"lessons":{' }])
    expect(JSON.parse(storage.getItem('stagecraft:progress:backup')!).values[0].raw).toContain('"lessons":{')
    // The damaged value was replaced by a valid document.
    expect(JSON.parse(storage.getItem('stagecraft:progress:v2')!).lessons).toEqual({})
    store.dismissRecoveryNotice()
    expect(store.getBackupSnapshot()?.dismissed).toBe(true)
    expect(store.getBackupSnapshot()?.values).toHaveLength(1)
  })

  it('records lessons, quizzes and exercises, and notifies subscribers', async () => {
    const store = await freshStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribeProgress(listener)
    store.setLessonStatus('capas', 'started')
    store.saveQuizAnswers('capas', [0])
    store.updateExercise('multistage-go', { code: { dockerfile: 'FROM scratch\n', dockerignore: null }, passed: true, attempt: true }, { dockerfile: 'FROM golang\n', dockerignore: null })
    expect(listener).toHaveBeenCalledTimes(3)
    unsubscribe()
    const stored = JSON.parse(storage.getItem('stagecraft:progress:v2')!)
    expect(stored.lessons.capas.status).toBe('started')
    expect(stored.quizzes.capas.answers).toEqual([0])
    expect(stored.exercises['multistage-go']).toMatchObject({ passed: true, attempts: 1 })
  })

  it('keeps working in memory when storage refuses writes', async () => {
    const store = await freshStore()
    storage.failWrites = true
    store.setLessonStatus('capas', 'completed')
    expect(store.getProgressSnapshot().lessons.capas?.status).toBe('completed')
  })

  it('imports by merging, and clears every key', async () => {
    const store = await freshStore()
    store.setLessonStatus('capas', 'started')
    const merged = store.importProgress({
      schema: 'stagecraft-progress',
      version: 2,
      lessons: { cache: { status: 'completed', updatedAt: '2026-01-01T00:00:00.000Z' } },
      exercises: {},
      quizzes: {},
    })
    expect(Object.keys(merged.lessons).sort()).toEqual(['cache', 'capas'])
    storage.setItem('stagecraft:progress:backup', '{}')
    store.clearProgress()
    expect(storage.data.size).toBe(0)
    expect(store.getProgressSnapshot().lessons).toEqual({})
  })
})
