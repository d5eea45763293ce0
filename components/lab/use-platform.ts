'use client'
/** Keyboard chord labels for the visitor's platform (Monaco uses Ctrl+Shift+M on macOS for the Tab trap). */
import { useSyncExternalStore } from 'react'

const noop = () => () => {}
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

export function useIsMac(): boolean {
  return useSyncExternalStore(noop, isMac, () => false)
}

export function tabTrapKeys(mac: boolean): string {
  return mac ? '⌃⇧M' : 'Ctrl+M'
}

export function quickFixKeys(mac: boolean): string {
  return mac ? '⌘.' : 'Ctrl+.'
}
