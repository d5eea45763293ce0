'use client'
/**
 * Where a workbench goes on a page. Lesson pages stay light: the workbench (editor, analyzer,
 * grader) loads only when this spot scrolls into view or the learner presses "Start exercise".
 * Exercise pages start it right away (`autoStart`).
 */
import dynamic from 'next/dynamic'
import { useEffect, useRef, useState } from 'react'
import type { WorkbenchData } from '@/lib/content/exercise-data'

const Workbench = dynamic(() => import('./workbench'), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-[clamp(22rem,60vh,42rem)] animate-pulse rounded-lg border border-line bg-surface" data-testid="workbench-loading" />,
})

export interface LauncherLabels {
  start: string
  startHint: string
}

export function ExerciseLauncher({ data, labels, autoStart = false }: { data: WorkbenchData; labels: LauncherLabels; autoStart?: boolean }) {
  const [started, setStarted] = useState<false | 'view' | 'click'>(autoStart ? 'view' : false)
  const spot = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (started) return
    const el = spot.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect()
          // Tabbing to the button scrolls it into view and starts the workbench: keep the focus with it.
          setStarted(el.contains(document.activeElement) ? 'click' : 'view')
        }
      },
      { rootMargin: '0px 0px 200px 0px' },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [started])

  if (started) return <Workbench data={data} focusOnMount={started === 'click'} />
  return (
    <div ref={spot} className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed border-line p-4" data-testid="exercise-start">
      <button
        type="button"
        onClick={() => setStarted('click')}
        // Tabbing here starts the workbench in its place, with the focus: waiting for the scroll to be
        // seen missed it when live demos above grew and pushed this spot out of view again.
        onFocus={() => setStarted('click')}
        className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 py-2 font-semibold text-accent-contrast hover:opacity-90"
      >
        {labels.start}
      </button>
      <p className="text-sm text-muted">{labels.startHint}</p>
    </div>
  )
}
