/**
 * Content integrity for exercises (rustlings' `dev check`): every starter fails at least one check,
 * every reference solution passes all, every `variants/pass-*` passes and every `variants/fail-*`
 * fails, and each exercise has at least one of each.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exercisesDir, loadExerciseFiles } from '@/lib/content/exercises'
import { gradeSubmission } from '@/lib/grade/grade'
import { plannedLessonIds } from '../course'
import { exercises } from '.'

const failing = (r: ReturnType<typeof gradeSubmission>) => r.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message?.en ?? ''}`)

describe('exercise registry', () => {
  it('registers exactly the exercise folders, with unique ids equal to their folder names', () => {
    const folders = readdirSync(exercisesDir).filter((f) => statSync(path.join(exercisesDir, f)).isDirectory()).sort()
    expect(exercises.map((e) => e.id).sort()).toEqual(folders)
  })
  it('points every exercise at a lesson of the course', () => {
    for (const e of exercises) expect(plannedLessonIds as readonly string[]).toContain(e.lesson)
  })
})

for (const exercise of exercises) {
  describe(`exercise ${exercise.id}`, () => {
    const files = loadExerciseFiles(exercise.id)
    const grade = (submission: typeof files.starter) => gradeSubmission(exercise, submission, { context: files.context, starter: files.starter })

    it('the starter fails at least one check', () => {
      expect(grade(files.starter).passed).toBe(false)
    })
    it('the reference solution passes every check', () => {
      expect(failing(grade(files.solution))).toEqual([])
    })
    it('has at least one alternative correct solution and one plausible wrong one', () => {
      expect(files.variants.some((v) => v.kind === 'pass')).toBe(true)
      expect(files.variants.some((v) => v.kind === 'fail')).toBe(true)
    })
    for (const variant of files.variants) {
      it(`${variant.name} ${variant.kind === 'pass' ? 'passes' : 'fails'}`, () => {
        const report = grade(variant.submission)
        if (variant.kind === 'pass') expect(failing(report)).toEqual([])
        else expect(report.passed).toBe(false)
      })
    }
  })
}
