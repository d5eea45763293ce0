'use client'

import { useLayoutEffect, useSyncExternalStore } from 'react'
import { hasChoiceSnapshot, isDarkSnapshot, setThemeChoice, subscribeTheme } from './theme-store'
import { THEME_STORAGE_KEY } from './theme'

/** Header switch between light and dark. `aria-pressed` tells assistive tech whether dark is on. */
export function ThemeToggle({ label }: { label: string }) {
  const dark = useSyncExternalStore(subscribeTheme, isDarkSnapshot, () => null)

  // React resets <html>'s class during development remounts; re-apply the stored theme. No-op in production.
  useLayoutEffect(() => {
    const stored = localStorage.getItem(THEME_STORAGE_KEY)
    if (stored) document.documentElement.classList.toggle('dark', stored === 'dark')
  }, [])

  return (
    <button
      type="button"
      aria-pressed={dark ?? undefined}
      onClick={() => setThemeChoice(isDarkSnapshot() ? 'light' : 'dark')}
      className="inline-flex size-10 items-center justify-center rounded-md text-ink hover:bg-surface"
    >
      <span className="sr-only">{label}</span>
      {/* Both icons are in the HTML; CSS picks one, so the right icon shows before hydration. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" strokeLinejoin="round" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden size-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" strokeLinecap="round" />
      </svg>
    </button>
  )
}

/** Footer button to forget the explicit choice; shown only once the visitor has made one. */
export function FollowSystemTheme({ label }: { label: string }) {
  const hasChoice = useSyncExternalStore(subscribeTheme, hasChoiceSnapshot, () => false)
  if (!hasChoice) return null
  return (
    <button type="button" onClick={() => setThemeChoice(null)} className="underline underline-offset-2 hover:text-ink">
      {label}
    </button>
  )
}
