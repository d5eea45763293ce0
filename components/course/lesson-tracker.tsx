'use client'

import { useEffect } from 'react'
import { setLessonStatus } from './progress-client'
import { useProgress } from './use-progress'

/** Marks the lesson as started when it is opened (a completed lesson stays completed). */
export function TrackLessonVisit({ lessonId }: { lessonId: string }) {
  useEffect(() => setLessonStatus(lessonId, 'started'), [lessonId])
  return null
}

/** Toggle at the end of a lesson; `aria-pressed` exposes whether it is marked as read. */
export function MarkAsReadButton({ lessonId, label, doneLabel }: { lessonId: string; label: string; doneLabel: string }) {
  const progress = useProgress()
  const completed = progress?.lessons[lessonId]?.status === 'completed'
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        aria-pressed={progress ? completed : undefined}
        onClick={() => setLessonStatus(lessonId, completed ? 'started' : 'completed', true)}
        className="inline-flex min-h-10 items-center gap-2 rounded-md border border-line px-4 py-2 font-medium text-ink hover:bg-surface aria-pressed:border-green-700 aria-pressed:bg-green-50 dark:aria-pressed:border-green-400 dark:aria-pressed:bg-green-950/40"
      >
        <span aria-hidden="true" className={completed ? '' : 'opacity-40'}>
          ✓
        </span>
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-green-800 dark:text-green-300">
        {completed ? doneLabel : ''}
      </span>
    </div>
  )
}
