/** `stagecraft submit` and `stagecraft regrade`: submission codes for instructor-led workshops. */
import { loadExerciseFiles } from '@/lib/content/exercises'
import { gradeSubmission, type ExerciseMaterials } from '@/lib/grade/grade'
import type { Locale } from '@/lib/lint/rule'
import { encodeSubmission } from '@/lib/workshop/code'
import { regradeLines, toCsv, type GradebookRow } from '@/lib/workshop/regrade'
import { exercises, findExercise } from '@/lessons/exercises'
import { flag, parseArgs, UsageError } from '../args'
import type { Command } from '../command'
import { readTextInput } from '../io'
import { readSubmission, toJsonReport } from './grade'

const materialsCache = new Map<string, ExerciseMaterials>()

function materials(id: string): ExerciseMaterials | undefined {
  if (!findExercise(id)) return undefined
  let m = materialsCache.get(id)
  if (!m) {
    const files = loadExerciseFiles(id)
    materialsCache.set(id, (m = { context: files.context, starter: files.starter }))
  }
  return m
}

export const submitCommand: Command = {
  summary: 'grade a solution and print a submission code for the instructor',
  usage: 'Usage: stagecraft submit <exercise-id> <Dockerfile|dir|-> --name NAME',
  async run(argv, io) {
    const args = parseArgs(argv, { name: {} }, 'submit')
    if (args.positionals.length !== 2) throw new UsageError('expected <exercise-id> and <Dockerfile|dir>')
    const name = flag(args, 'name')?.trim()
    if (!name) throw new UsageError('--name NAME is required (the name your instructor will see)')
    const [id, target] = args.positionals as [string, string]
    const exercise = findExercise(id)
    if (!exercise) throw new UsageError(`unknown exercise '${id}'; valid ids: ${exercises.map((e) => e.id).join(', ')}`)
    const submission = await readSubmission(target, io)
    const report = gradeSubmission(exercise, submission, materials(id)!)
    io.stdout(`${encodeSubmission({ name, exercise: id, dockerfile: submission.dockerfile, dockerignore: submission.dockerignore ?? null, result: report })}\n`)
    return 0
  },
}

function rowJson(row: GradebookRow, locale: Locale) {
  if (!row.valid) return { line: row.line, valid: false, error: row.error }
  return {
    name: row.name,
    exercise: row.exercise,
    passed: row.passed,
    claimedPassed: row.claimedPassed,
    checks: toJsonReport(row.report, locale).checks,
    submittedAt: row.submittedAt,
  }
}

export const regradeCommand: Command = {
  summary: 're-grade submission codes (one per line) with the current grader',
  usage: [
    'Usage: stagecraft regrade <file|-> [--format json|csv|text] [--locale es|en]',
    '',
    'Exit codes: 0 every valid code passes, 1 otherwise, 2 unreadable input.',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, { format: { choices: ['json', 'csv', 'text'] }, locale: { choices: ['es', 'en'] } }, 'regrade')
    if (args.positionals.length !== 1) throw new UsageError('expected one file of codes (or - for stdin)')
    const { text } = await readTextInput(args.positionals[0]!, io, 'codes file')
    const rows = regradeLines(text, { findExercise, materials })
    const locale = (flag(args, 'locale') ?? 'en') as Locale
    const format = flag(args, 'format') ?? 'text'
    if (format === 'json') io.stdout(`${JSON.stringify(rows.map((r) => rowJson(r, locale)))}\n`)
    else if (format === 'csv') io.stdout(toCsv(rows))
    else {
      for (const r of rows) {
        if (!r.valid) io.stdout(`line ${r.line}: invalid code: ${r.error}\n`)
        else {
          const flagText = r.mismatch ? `  ⚠ claimed ${r.claimedPassed ? 'pass' : 'fail'}${r.edited ? ', files edited after grading' : ''}` : ''
          io.stdout(`${r.passed ? 'PASS' : 'FAIL'}  ${r.name}  ${r.exercise}  ${r.submittedAt}${flagText}\n`)
        }
      }
    }
    const valid = rows.filter((r): r is Extract<GradebookRow, { valid: true }> => r.valid)
    return valid.every((r) => r.passed) ? 0 : 1
  },
}
