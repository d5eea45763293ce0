import { useSyncExternalStore } from 'react'
import { getProgressSnapshot, subscribeProgress, type Progress } from './progress-store'

/** Progress from localStorage; null during server rendering and hydration (nothing is known yet). */
export function useProgress(): Progress | null {
  return useSyncExternalStore(subscribeProgress, getProgressSnapshot, () => null)
}
