/**
 * The thin side of the progress store, for pages that must stay light (lessons, home): the store
 * and its schema load in a separate chunk on first use, so they are not part of a page's initial
 * JS. Until then the snapshot is null, which components already treat as "not known yet".
 */
import type { LessonStatus, Progress, ProgressBackup } from './progress-store'

type Store = typeof import('./progress-store')

let store: Store | null = null
let loading: Promise<Store> | null = null

export function loadProgressStore(): Promise<Store> {
  loading ??= import('./progress-store').then((module) => (store = module))
  return loading
}

/** Null until the store has loaded. */
export function getProgressSnapshot(): Progress | null {
  return store ? store.getProgressSnapshot() : null
}

export function getBackupSnapshot(): ProgressBackup | null {
  return store ? store.getBackupSnapshot() : null
}

/** Subscribes once the store is there, and tells the listener when it arrives. */
export function subscribeProgress(listener: () => void): () => void {
  let active = true
  let unsubscribe: (() => void) | null = null
  if (store) unsubscribe = store.subscribeProgress(listener)
  else {
    void loadProgressStore().then((s) => {
      if (!active) return
      unsubscribe = s.subscribeProgress(listener)
      listener()
    })
  }
  return () => {
    active = false
    unsubscribe?.()
  }
}

/** Runs `action` with the store: right away when it is loaded (no flash of stale state), else once it is. */
export function withProgressStore(action: (store: Store) => void): void {
  if (store) action(store)
  else void loadProgressStore().then(action)
}

export function setLessonStatus(lessonId: string, status: LessonStatus, overwrite = false): void {
  withProgressStore((s) => s.setLessonStatus(lessonId, status, overwrite))
}
