import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { newExercise, newRule, register } from './scaffold'

const repo = path.resolve(import.meta.dirname, '..')

function sandbox(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stagecraft-scaffold-'))
  cpSync(path.join(repo, 'lib/lint/rules'), path.join(root, 'lib/lint/rules'), { recursive: true })
  cpSync(path.join(repo, 'lessons/exercises/index.ts'), path.join(root, 'lessons/exercises/index.ts'))
  return root
}

describe('scaffolding', () => {
  it('registers into one-line and multi-line arrays', () => {
    expect(register("import a from './a'\n\nexport const xs = [a]\n", 'b', './b', /export const xs/)).toBe("import a from './a'\nimport b from './b'\n\nexport const xs = [a, b]\n")
    expect(register("import a from './a'\nexport const xs = [\n  a,\n]\n", 'b', './b', /export const xs/)).toBe("import a from './a'\nimport b from './b'\nexport const xs = [\n  a,\n  b,\n]\n")
  })

  it('creates a rule file, its test and the registry entry', () => {
    const root = sandbox()
    const files = newRule(root, 'NoTodoInRun', 'course')
    expect(files.map((f) => path.relative(root, f))).toEqual(['lib/lint/rules/course/NoTodoInRun.ts', 'lib/lint/rules/course/NoTodoInRun.test.ts', 'lib/lint/rules/course/index.ts'])
    const index = readFileSync(path.join(root, 'lib/lint/rules/course/index.ts'), 'utf8')
    expect(index).toContain("import NoTodoInRun from './NoTodoInRun'")
    expect(index).toMatch(/NoTodoInRun,?\s*\]/)
    expect(() => newRule(root, 'NoTodoInRun', 'course')).toThrow(/already exists/)
  })

  it('creates an exercise folder with starter, solution, context and variants, registered', () => {
    const root = sandbox()
    newExercise(root, 'my-exercise', 'capas')
    for (const f of ['exercise.ts', 'starter.Dockerfile', 'solution.Dockerfile', 'context/README.md', 'variants/pass-alternative.Dockerfile', 'variants/fail-plausible-mistake.Dockerfile']) {
      expect(existsSync(path.join(root, 'lessons/exercises/my-exercise', f)), f).toBe(true)
    }
    expect(readFileSync(path.join(root, 'lessons/exercises/index.ts'), 'utf8')).toContain("import myExercise from './my-exercise/exercise'")
  })

  it('rejects ids that break the conventions', () => {
    expect(() => newRule(sandbox(), 'no-kebab', 'course')).toThrow(/PascalCase/)
    expect(() => newExercise(sandbox(), 'NotKebab', 'capas')).toThrow(/kebab-case/)
  })
})
