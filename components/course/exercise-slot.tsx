/**
 * Where an exercise mounts at the end of a lesson. Rendered only for exercise ids the lesson
 * declares in its metadata; the exercise workbench (components/lab/) fills it in.
 */
export function ExerciseSlot({ exerciseId, label }: { exerciseId: string; label: string }) {
  return <section data-slot="exercise" data-exercise-id={exerciseId} aria-label={label} className="my-10" />
}
