'use client'

import type { LessonStatus as Status } from './progress-store'
import { useProgress } from './use-progress'

export type StatusLabels = Record<Status | 'notStarted', string>

const styles: Record<Status | 'notStarted', string> = {
  notStarted: 'border-line text-muted',
  started: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  completed: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950/40 dark:text-green-200',
}

/** A lesson's progress badge in the course map. Renders nothing until the browser's progress is read. */
export function LessonStatusBadge({ lessonId, labels }: { lessonId: string; labels: StatusLabels }) {
  const progress = useProgress()
  if (!progress) return null
  const status = progress.lessons[lessonId]?.status ?? 'notStarted'
  return (
    <span data-status={status} className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${styles[status]}`}>
      {status === 'completed' && <span aria-hidden="true">✓&nbsp;</span>}
      {labels[status]}
    </span>
  )
}
