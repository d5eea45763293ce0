'use client'
/** Whether the site is in dark mode: the `dark` class on <html>, which the site's theme toggle sets. */
import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}

const isDark = () => document.documentElement.classList.contains('dark')

export function useSiteDark(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false)
}
