'use client'
/** Exercise progress from this browser: a status badge per exercise, and "n of m exercises solved". */
import { useProgress } from '@/components/course/use-progress'
import { exerciseStatus, solvedExerciseCount, type ExerciseStatus } from '@/lib/progress/read'

const styles: Record<ExerciseStatus, string> = {
  notStarted: 'border-line text-muted',
  started: 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  solved: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950/40 dark:text-green-200',
}

export function ExerciseStatusBadge({ exerciseId, labels }: { exerciseId: string; labels: Record<ExerciseStatus, string> }) {
  const progress = useProgress()
  if (!progress) return null
  const status = exerciseStatus(progress, exerciseId)
  return (
    <span data-status={status} className={`relative inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${styles[status]}`}>
      {status === 'solved' && <span aria-hidden="true">✓&nbsp;</span>}
      {labels[status]}
    </span>
  )
}

export function ExercisesSummary({ exerciseIds, summaries }: { exerciseIds: string[]; summaries: string[] }) {
  const progress = useProgress()
  if (!progress) return null
  const solved = solvedExerciseCount(progress, exerciseIds)
  const text = summaries[solved] ?? `${solved}/${exerciseIds.length}`
  return (
    <div className="mt-6">
      <p className="font-medium text-ink" data-testid="exercises-summary">
        {text}
      </p>
      <progress value={solved} max={Math.max(1, exerciseIds.length)} aria-label={text} className="mt-2 h-2 w-full" />
    </div>
  )
}
