import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lint } from '../engine'
import { contextFrom } from '../testing'
import { allRules } from '.'
import { buildkitRules } from './buildkit'
import { courseRules } from './course'
import { instructionsRules } from './instructions'
import { runRules } from './run'

const folders = { instructions: instructionsRules, run: runRules, buildkit: buildkitRules, course: courseRules }

describe('rule registry', () => {
  for (const [folder, rules] of Object.entries(folders)) {
    it(`${folder}/index.ts lists exactly the rule files in ${folder}/, each with a colocated test`, () => {
      const dir = path.join(import.meta.dirname, folder)
      const files = readdirSync(dir)
      const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort()
      expect(rules.map((r) => r.meta.id).sort()).toEqual(ruleFiles)
      for (const id of ruleFiles) expect(files, `${id} needs ${id}.test.ts`).toContain(`${id}.test.ts`)
    })
  }

  it('has unique ids and aliases across all rules', () => {
    const names = allRules.flatMap((r) => [r.meta.id, ...r.meta.aliases])
    expect(new Set(names).size).toBe(names.length)
  })

  it('gives every rule complete Spanish and English texts', () => {
    for (const rule of allRules) {
      for (const field of ['title', 'what', 'why', 'fix'] as const) {
        for (const locale of ['es', 'en'] as const) {
          expect(rule.meta[field][locale].trim(), `${rule.meta.id}.${field}.${locale}`).not.toBe('')
        }
      }
      expect(rule.meta.examples.bad.length, `${rule.meta.id} needs a ❌ example`).toBeGreaterThan(0)
      expect(rule.meta.examples.good.length, `${rule.meta.id} needs a ✅ example`).toBeGreaterThan(0)
    }
  })
})

describe('rule documentation examples run', () => {
  for (const rule of allRules) {
    const { id } = rule.meta
    it(`${id}: each ❌ example reports exactly its lines and each ✅ example reports nothing`, () => {
      for (const example of rule.meta.examples.bad) {
        const context = example.context ? contextFrom(example.context) : null
        const lines = lint(example.code, { context, enable: [id] }).filter((f) => f.rule === id).map((f) => f.range.start.line + 1)
        expect(lines, `bad example:\n${example.code}`).toEqual(example.lines ?? [])
        expect(lines.length).toBeGreaterThan(0)
      }
      for (const example of rule.meta.examples.good) {
        const context = example.context ? contextFrom(example.context) : null
        const lines = lint(example.code, { context, enable: [id] }).filter((f) => f.rule === id).map((f) => f.range.start.line + 1)
        expect(lines, `good example:\n${example.code}`).toEqual([])
      }
    })
  }
})
