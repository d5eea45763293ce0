/**
 * Scaffolding for contributors: a new lint rule or a new exercise as a one-folder change, already
 * registered, with the tests that guard it. Used by `npm run new:rule` and `npm run new:exercise`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const RULE_FOLDERS = ['instructions', 'run', 'buildkit', 'course'] as const
export type RuleFolder = (typeof RULE_FOLDERS)[number]

/** Adds `import Name from './path'` after the last import and `Name` to the array after `arrayStart`. */
export function register(source: string, name: string, importPath: string, arrayStart: RegExp): string {
  const lines = source.split('\n')
  let lastImport = -1
  lines.forEach((l, i) => { if (/^import /.test(l)) lastImport = i })
  lines.splice(lastImport + 1, 0, `import ${name} from '${importPath}'`)
  const withImport = lines.join('\n')
  const start = withImport.search(arrayStart)
  if (start === -1) throw new Error('registry array not found')
  const open = withImport.indexOf('[', withImport.indexOf('=', start))
  let depth = 0
  let close = -1
  for (let i = open; i < withImport.length; i++) {
    if (withImport[i] === '[') depth++
    else if (withImport[i] === ']' && --depth === 0) { close = i; break }
  }
  if (close === -1) throw new Error('registry array not closed')
  const inner = withImport.slice(open + 1, close)
  const trimmed = inner.replace(/[\s,]*$/, '')
  const multiline = inner.includes('\n')
  const added = trimmed.trim() === '' ? name : multiline ? `${trimmed},\n  ${name},\n` : `${trimmed}, ${name}`
  return withImport.slice(0, open + 1) + added + withImport.slice(close)
}

function write(file: string, content: string): void {
  if (existsSync(file)) throw new Error(`${file} already exists`)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

export function newRule(root: string, id: string, folder: RuleFolder): string[] {
  if (!/^(DL\d{4}|[A-Z][A-Za-z0-9]+)$/.test(id)) throw new Error('a rule id is a hadolint code (DL3099) or a PascalCase name (NoLatestTag)')
  if (!RULE_FOLDERS.includes(folder)) throw new Error(`folder must be one of ${RULE_FOLDERS.join(', ')}`)
  const dir = path.join(root, 'lib/lint/rules', folder)
  const source = folder === 'buildkit' ? 'buildkit' : id.startsWith('DL') ? 'hadolint' : 'stagecraft'
  const ruleFile = path.join(dir, `${id}.ts`)
  const testFile = path.join(dir, `${id}.test.ts`)
  write(ruleFile, `import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: '${id}',
    aliases: [],
    severity: 'warning',
    source: '${source}',
    category: 'correctness',
    title: { es: 'TODO título', en: 'TODO title' },
    what: { es: 'TODO qué está mal.', en: 'TODO what is wrong.' },
    why: { es: 'TODO por qué importa.', en: 'TODO why it matters.' },
    fix: { es: 'TODO cómo arreglarlo.', en: 'TODO how to fix it.' },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\\nRUN echo TODO\\n', lines: [2] }],
      good: [{ code: 'FROM alpine:3.20\\n' }],
    },
  },
  check(ctx) {
    // Iterate what the rule needs (ctx.facts.byKeyword('RUN'), ctx.facts.commands(run)…) and ctx.report(instr).
    for (const run of ctx.facts.runs(true)) {
      if (run.argsText.includes('TODO')) ctx.report(run)
    }
  },
})
`)
  write(testFile, `import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './${id}'

describe('${id}', () => {
  it('reports the offending instruction on its line', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\\nRUN echo TODO\\n')).toEqual([2])
  })
  it('is silent on a correct Dockerfile', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\\n')).toEqual([])
  })
})
`)
  const index = path.join(dir, 'index.ts')
  writeFileSync(index, register(readFileSync(index, 'utf8'), id, `./${id}`, /export const \w+Rules/))
  return [ruleFile, testFile, index]
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

export function newExercise(root: string, id: string, lesson: string): string[] {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error('an exercise id is kebab-case')
  const dir = path.join(root, 'lessons/exercises', id)
  const files: Record<string, string> = {
    'exercise.ts': `import { noLintFindings, startsExistingProgram } from '@/lib/grade/checks'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: '${id}',
  lesson: '${lesson}',
  title: { es: 'TODO título', en: 'TODO title' },
  statement: { es: 'TODO enunciado: qué cambiar y por qué.', en: 'TODO statement: what to change and why.' },
  hints: [
    { es: 'TODO primera pista (un empujón).', en: 'TODO first hint (a nudge).' },
    { es: 'TODO última pista (casi la respuesta).', en: 'TODO last hint (nearly the answer).' },
  ],
  concepts: [],
  // Grade outcomes (the simulated image, the cache, the findings), never the text: see lib/grade/checks.ts.
  checks: [noLintFindings('no-lint-warnings'), startsExistingProgram('starts-existing-program')],
})
`,
    'starter.Dockerfile': '# TODO: what is wrong here?\nFROM alpine:3.20\nCMD echo hello\n',
    'solution.Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["echo", "hello"]\n',
    'context/README.md': 'TODO: the small, realistic app the exercise builds.\n',
    'variants/pass-alternative.Dockerfile': '# TODO: a correct solution written differently.\nFROM alpine:3.20\nUSER 65532:65532\nENTRYPOINT ["echo"]\nCMD ["hello"]\n',
    'variants/fail-plausible-mistake.Dockerfile': '# TODO: a mistake a learner would plausibly make.\nFROM alpine:3.20\nCMD ["/missing"]\n',
  }
  const written = Object.entries(files).map(([rel, content]) => {
    write(path.join(dir, rel), content)
    return path.join(dir, rel)
  })
  const index = path.join(root, 'lessons/exercises/index.ts')
  writeFileSync(index, register(readFileSync(index, 'utf8'), camel(id), `./${id}/exercise`, /export const exercises/))
  return [...written, index]
}

function main(): void {
  const [kind, a, b] = process.argv.slice(2)
  const root = path.resolve(import.meta.dirname, '..')
  try {
    const created = kind === 'rule' ? newRule(root, a ?? '', (b ?? 'course') as RuleFolder) : kind === 'exercise' ? newExercise(root, a ?? '', b ?? '') : null
    if (!created) throw new Error('usage: scaffold.ts rule <Id> [instructions|run|buildkit|course] | exercise <id> <lesson-id>')
    for (const f of created) process.stdout.write(`${path.relative(root, f)}\n`)
    process.stdout.write(kind === 'rule'
      ? 'Next: fill in the metadata (es/en), the examples and check(), then `npx vitest run lib/lint`.\n'
      : 'Next: add context files, real starter/solution/variants, the checks, then `npx vitest run lessons/exercises`.\n')
  } catch (error) {
    process.stderr.write(`scaffold: ${(error as Error).message}\n`)
    process.exitCode = 2
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main()
