/** Client-side theme state shared by the toggle and the "use system theme" button. */
import { THEME_STORAGE_KEY, type ThemeChoice } from './theme'

const listeners = new Set<() => void>()
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)')

function readChoice(): ThemeChoice | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null // storage disabled: follow the system
  }
}

function wantsDark(): boolean {
  const choice = readChoice()
  return choice ? choice === 'dark' : systemDark().matches
}

function apply() {
  document.documentElement.classList.toggle('dark', wantsDark())
  listeners.forEach((listener) => listener())
}

export function subscribeTheme(listener: () => void): () => void {
  if (listeners.size === 0) {
    systemDark().addEventListener('change', apply)
    window.addEventListener('storage', onStorage)
  }
  listeners.add(listener)
  // The system theme may have changed between the inline <head> script and this first subscription,
  // when nothing was listening yet.
  if (listeners.size === 1 && isDarkSnapshot() !== wantsDark()) apply()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      systemDark().removeEventListener('change', apply)
      window.removeEventListener('storage', onStorage)
    }
  }
}

// Another tab changed the theme.
function onStorage(event: StorageEvent) {
  if (event.key === THEME_STORAGE_KEY || event.key === null) apply()
}

/** Whether the page is dark right now (the <html> class is the source of truth). */
export const isDarkSnapshot = () => document.documentElement.classList.contains('dark')
export const hasChoiceSnapshot = () => readChoice() !== null

/** Remembers an explicit choice, or forgets it (null) to follow the system again. */
export function setThemeChoice(choice: ThemeChoice | null) {
  try {
    if (choice) localStorage.setItem(THEME_STORAGE_KEY, choice)
    else localStorage.removeItem(THEME_STORAGE_KEY)
  } catch {
    // Storage disabled: the theme still changes for this page view.
    if (choice) document.documentElement.classList.toggle('dark', choice === 'dark')
    listeners.forEach((listener) => listener())
    return
  }
  apply()
}
