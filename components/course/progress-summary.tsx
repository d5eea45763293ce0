'use client'

import { completedLessonCount, solvedExerciseCount } from '@/lib/progress/read'
import { withProgressStore } from './progress-client'
import { ProgressRecoveryNotice, type ProgressNoticeLabels } from './progress-notice'
import { ProgressTransfer, type ProgressTransferLabels } from './progress-transfer'
import { useProgress } from './use-progress'

interface ProgressSummaryProps {
  lessonIds: string[]
  /** Text for 0…n completed lessons, prepared on the server (functions cannot cross to the client). */
  summaries: string[]
  exerciseIds: string[]
  /** Text for 0…n solved exercises. */
  exerciseSummaries: string[]
  storedNote: string
  resetLabel: string
  resetConfirm: string
  notice: ProgressNoticeLabels
  transfer: ProgressTransferLabels
}

function Meter({ done, total, text, testId }: { done: number; total: number; text: string; testId: string }) {
  return (
    <div>
      <p className="font-medium text-ink" data-testid={testId}>
        {text}
      </p>
      <progress value={done} max={Math.max(1, total)} aria-label={text} className="mt-2 h-2 w-full" />
    </div>
  )
}

/**
 * Completed lessons and solved exercises with progress bars, a notice if stored progress had to be
 * recovered, export/import of progress, and a way to clear this browser's progress.
 */
export function ProgressSummary(props: ProgressSummaryProps) {
  const { lessonIds, summaries, exerciseIds, exerciseSummaries, storedNote, resetLabel, resetConfirm } = props
  const progress = useProgress()
  if (!progress) return null
  const done = completedLessonCount(progress, lessonIds)
  const solved = solvedExerciseCount(progress, exerciseIds)
  const hasAny = Object.keys(progress.lessons).length + Object.keys(progress.exercises).length + Object.keys(progress.quizzes).length > 0
  return (
    <div className="mt-6">
      <ProgressRecoveryNotice labels={props.notice} />
      <div className="rounded-lg border border-line bg-surface p-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Meter done={done} total={lessonIds.length} text={summaries[done] ?? `${done}/${lessonIds.length}`} testId="lessons-summary" />
          {exerciseIds.length > 0 ? (
            <Meter done={solved} total={exerciseIds.length} text={exerciseSummaries[solved] ?? `${solved}/${exerciseIds.length}`} testId="exercises-summary" />
          ) : null}
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
          <span>{storedNote}</span>
          {hasAny && (
            <button
              type="button"
              onClick={() => {
                if (window.confirm(resetConfirm)) withProgressStore((s) => s.clearProgress())
              }}
              className="underline underline-offset-2 hover:text-ink"
            >
              {resetLabel}
            </button>
          )}
        </div>
        <ProgressTransfer labels={props.transfer} />
      </div>
    </div>
  )
}
