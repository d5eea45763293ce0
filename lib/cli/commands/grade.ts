/** `stagecraft grade` and `stagecraft exercises`: outcome-based grading for CI and instructors. */
import { statSync } from 'node:fs'
import path from 'node:path'
import { loadExerciseFiles } from '@/lib/content/exercises'
import { gradeSubmission } from '@/lib/grade/grade'
import type { GradeReport, Submission } from '@/lib/grade/types'
import type { Locale } from '@/lib/lint/rule'
import { exercises, findExercise } from '@/lessons/exercises'
import { flag, parseArgs, UsageError } from '../args'
import type { Command } from '../command'
import { readOptionalText, readTextInput } from '../io'

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function toJunit(report: GradeReport, locale: Locale): string {
  const failures = report.checks.filter((c) => !c.passed).length
  const cases = report.checks.map((c) => {
    const name = `${c.id}: ${c.label[locale]}`
    if (c.passed) return `    <testcase classname="stagecraft.${xml(report.exercise)}" name="${xml(name)}"/>`
    const msg = c.message?.[locale] ?? ''
    return `    <testcase classname="stagecraft.${xml(report.exercise)}" name="${xml(name)}">\n      <failure message="${xml(msg)}">${xml(msg)}</failure>\n    </testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="stagecraft" tests="${report.checks.length}" failures="${failures}">`,
    `  <testsuite name="${xml(report.exercise)}" tests="${report.checks.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}

export function toJsonReport(report: GradeReport, locale: Locale) {
  return {
    exercise: report.exercise,
    passed: report.passed,
    checks: report.checks.map((c) => ({ id: c.id, passed: c.passed, message: c.passed ? c.label[locale] : c.message?.[locale] ?? c.label[locale], ...(c.line ? { line: c.line } : {}) })),
  }
}

/** Reads a submission: a Dockerfile path, `-`, or a directory with Dockerfile and optional .dockerignore. */
export async function readSubmission(target: string, io: Parameters<Command['run']>[1]): Promise<Submission> {
  let isDir = false
  try {
    isDir = target !== '-' && statSync(target).isDirectory()
  } catch {
    // readTextInput reports the missing path.
  }
  const { text } = await readTextInput(target, io)
  return { dockerfile: text, dockerignore: isDir ? readOptionalText(path.join(target, '.dockerignore')) : null }
}

function unknownExercise(id: string): UsageError {
  return new UsageError(`unknown exercise '${id}'; valid ids: ${exercises.map((e) => e.id).join(', ')}`)
}

export const gradeCommand: Command = {
  summary: 'grade a Dockerfile (or a directory with Dockerfile and .dockerignore) against an exercise',
  usage: [
    'Usage: stagecraft grade <exercise-id> <Dockerfile|dir|-> [--format json|text|junit] [--locale es|en]',
    '',
    'Exit codes: 0 every check passes, 1 some check fails, 2 bad input or unknown exercise.',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, { format: { choices: ['json', 'text', 'junit'] }, locale: { choices: ['es', 'en'] } }, 'grade')
    if (args.positionals.length !== 2) throw new UsageError('expected <exercise-id> and <Dockerfile|dir>')
    const [id, target] = args.positionals as [string, string]
    const exercise = findExercise(id)
    if (!exercise) throw unknownExercise(id)
    const submission = await readSubmission(target, io)
    const files = loadExerciseFiles(exercise.id)
    const report = gradeSubmission(exercise, submission, { context: files.context, starter: files.starter })
    const locale = (flag(args, 'locale') ?? 'en') as Locale
    const format = flag(args, 'format') ?? 'text'
    if (format === 'json') io.stdout(`${JSON.stringify(toJsonReport(report, locale))}\n`)
    else if (format === 'junit') io.stdout(toJunit(report, locale))
    else {
      const title = exercise.title[locale]
      io.stdout(`${exercise.id} — ${title}\n`)
      for (const c of report.checks) {
        io.stdout(`  ${c.passed ? '✓' : '✗'} ${c.label[locale]}\n`)
        if (!c.passed && c.message) io.stdout(`      ${c.message[locale]}\n`)
      }
      const passed = report.checks.filter((c) => c.passed).length
      io.stdout(`${report.passed ? 'PASS' : 'FAIL'}: ${passed}/${report.checks.length} checks\n`)
    }
    return report.passed ? 0 : 1
  },
}

export const exercisesCommand: Command = {
  summary: 'list the exercises',
  usage: 'Usage: stagecraft exercises [--format json|text] [--locale es|en]',
  async run(argv, io) {
    const args = parseArgs(argv, { format: { choices: ['json', 'text'] }, locale: { choices: ['es', 'en'] } }, 'exercises')
    if (args.positionals.length) throw new UsageError('exercises takes no arguments')
    if ((flag(args, 'format') ?? 'text') === 'json') {
      io.stdout(`${JSON.stringify(exercises.map((e) => ({ id: e.id, lesson: e.lesson, title: e.title })))}\n`)
    } else {
      const locale = (flag(args, 'locale') ?? 'en') as Locale
      const width = Math.max(...exercises.map((e) => e.id.length))
      for (const e of exercises) io.stdout(`${e.id.padEnd(width)}  ${e.lesson.padEnd(22)} ${e.title[locale]}\n`)
    }
    return 0
  },
}
