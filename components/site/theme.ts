/**
 * Light/dark theme. The page follows the system until the visitor picks a theme with the toggle;
 * the choice is remembered in localStorage. The inline script in <head> applies it before the
 * first paint, so there is no flash of the wrong theme.
 */
export const THEME_STORAGE_KEY = 'stagecraft:theme'

export type ThemeChoice = 'light' | 'dark'

/**
 * Static, dependency-free and short, because it runs before anything else on every page (and a
 * future CSP can allow it by hash). Keep it in sync with `applyTheme` below.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d)}catch(e){}})()`
