import { useSyncExternalStore } from 'react'
import { getBackupSnapshot, getProgressSnapshot, subscribeProgress } from './progress-client'
import type { Progress, ProgressBackup } from './progress-store'

/** Progress from localStorage; null during server rendering, hydration and until the store loads. */
export function useProgress(): Progress | null {
  return useSyncExternalStore(subscribeProgress, getProgressSnapshot, () => null)
}

/** Damaged progress data kept aside by the last recovery, or null. */
export function useProgressBackup(): ProgressBackup | null {
  return useSyncExternalStore(subscribeProgress, getBackupSnapshot, () => null)
}
