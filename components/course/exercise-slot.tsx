/**
 * Where an exercise mounts at the end of a lesson. Rendered only for exercise ids the lesson
 * declares in its metadata. The title and statement are server-rendered; the workbench (editor,
 * grader) loads lazily, when the slot scrolls into view or the learner starts the exercise.
 */
import { ExerciseLauncher } from '@/components/exercise/exercise-launcher'
import { ExerciseHeader } from '@/components/exercise/exercise-header'
import { loadWorkbenchData } from '@/lib/content/exercise-data'
import { getDictionary, type Locale } from '@/lib/i18n'

export function ExerciseSlot({ exerciseId, label, locale }: { exerciseId: string; label: string; locale: Locale }) {
  const data = loadWorkbenchData(exerciseId, locale)
  if (!data) return <section data-slot="exercise" data-exercise-id={exerciseId} aria-label={label} className="my-10" />
  const t = getDictionary(locale).exercises.workbench
  const headingId = `exercise-${exerciseId}`
  return (
    <section data-slot="exercise" data-exercise-id={exerciseId} aria-labelledby={headingId} className="my-12 space-y-5 border-t border-line pt-8">
      <ExerciseHeader data={data} level={2} headingId={headingId} context="lesson" />
      <ExerciseLauncher data={data} labels={{ start: t.start, startHint: t.startHint }} />
    </section>
  )
}
