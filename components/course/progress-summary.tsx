'use client'

import { clearProgress } from './progress-store'
import { useProgress } from './use-progress'

interface ProgressSummaryProps {
  lessonIds: string[]
  /** Text for 0…n completed lessons, prepared on the server (functions cannot cross to the client). */
  summaries: string[]
  storedNote: string
  resetLabel: string
  resetConfirm: string
}

/** "1 of 2 lessons completed", a progress bar, and a way to clear this browser's progress. */
export function ProgressSummary({ lessonIds, summaries, storedNote, resetLabel, resetConfirm }: ProgressSummaryProps) {
  const progress = useProgress()
  if (!progress) return null
  const done = lessonIds.filter((id) => progress.lessons[id]?.status === 'completed').length
  const text = summaries[done] ?? `${done}/${lessonIds.length}`
  const hasAny = Object.keys(progress.lessons).length > 0
  return (
    <div className="mt-6 rounded-lg border border-line bg-surface p-4">
      <p className="font-medium text-ink">{text}</p>
      <progress value={done} max={lessonIds.length} aria-label={text} className="mt-2 h-2 w-full" />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <span>{storedNote}</span>
        {hasAny && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(resetConfirm)) clearProgress()
            }}
            className="underline underline-offset-2 hover:text-ink"
          >
            {resetLabel}
          </button>
        )}
      </div>
    </div>
  )
}
