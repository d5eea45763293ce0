'use client'
/**
 * Lesson pages load their live demos and exercises lazily, and each one grows when it arrives. A reader
 * who followed a link to a section (the table of contents, or a shared URL with #section) would be
 * pushed away from it by that late layout, and the browser's own scroll anchoring does not catch it
 * here. So, until the reader scrolls by hand, the linked heading is put back at the top whenever the
 * page's height changes.
 */
import { useEffect } from 'react'

/** After this long the page has settled; later changes are the reader's own doing. */
const SETTLE_MS = 5000

/** The element id a URL fragment names; a malformed escape (`#%E0%A4`) is taken as written. */
function idFromHash(hash: string): string {
  const raw = hash.slice(1)
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

export function KeepHashTarget() {
  useEffect(() => {
    let target: HTMLElement | null = null
    let until = 0

    const pin = () => {
      const id = idFromHash(window.location.hash)
      target = id ? document.getElementById(id) : null
      until = performance.now() + SETTLE_MS
      // The page may already have grown between the jump and this event.
      follow()
    }
    const release = () => {
      target = null
    }
    const follow = () => {
      if (!target || performance.now() > until || !target.isConnected) return
      // scrollIntoView honours the heading's scroll-margin, so it lands where the link first put it.
      target.scrollIntoView({ block: 'start' })
    }

    const heightWatcher = new ResizeObserver(follow)
    heightWatcher.observe(document.body)
    pin()
    window.addEventListener('hashchange', pin)
    const manualScroll = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const
    for (const type of manualScroll) window.addEventListener(type, release, { passive: true })
    return () => {
      heightWatcher.disconnect()
      window.removeEventListener('hashchange', pin)
      for (const type of manualScroll) window.removeEventListener(type, release)
    }
  }, [])
  return null
}
