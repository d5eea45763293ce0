/**
 * Every Dockerfile code block in every lesson is checked, like react.dev lints its examples:
 * - it must parse;
 * - ```dockerfile bad="ID1,ID2"``` must report exactly those rule ids at warning or error;
 * - ```dockerfile good``` (and unmarked blocks) must report no warning or error.
 * A block marked `fragment` (an excerpt without FROM) is checked after a synthetic
 * `FROM debian:12-slim` line, whose own findings are ignored.
 * Every example folder under lessons/examples/ is checked the same way through its `expect` file.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contextFromFiles, type FileSpec } from '@/lib/context/build'
import { extractFences } from '@/lib/content/fence-meta'
import { listExamples, loadExample } from '@/lib/content/examples'
import { lint } from '@/lib/lint/engine'

const lessonsDir = import.meta.dirname
const FRAGMENT_BASE = 'FROM debian:12-slim\n'

function seriousRuleIds(code: string, files?: Record<string, FileSpec>): { rules: string[]; parseErrors: string[] } {
  const findings = lint(code, files ? { context: contextFromFiles(files) } : {})
  return {
    rules: [...new Set(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule))].sort(),
    parseErrors: findings.filter((f) => f.rule === 'DL1000' || f.rule === 'AnalyzerError').map((f) => f.message.en),
  }
}

const lessonFiles = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'examples' && d.name !== 'exercises')
  .flatMap((d) => ['es.mdx', 'en.mdx'].map((f) => path.join(d.name, f)))
  .filter((f) => existsSync(path.join(lessonsDir, f)))

describe('Dockerfile blocks in lessons', () => {
  for (const file of lessonFiles) {
    const fences = extractFences(readFileSync(path.join(lessonsDir, file), 'utf8')).filter((f) => f.lang === 'dockerfile')
    for (const fence of fences) {
      const label = `${file}:${fence.line} ${fence.rawMeta || '(unmarked)'}`
      it(label, () => {
        const fragment = 'fragment' in fence.meta.attributes
        const code = fragment ? FRAGMENT_BASE + fence.code : fence.code
        const { rules, parseErrors } = seriousRuleIds(code)
        const own = fragment
          ? lint(code).filter((f) => f.range.start.line > 0 && (f.severity === 'error' || f.severity === 'warning')).map((f) => f.rule)
          : rules
        expect(parseErrors, 'the block must parse').toEqual([])
        const found = [...new Set(own)].sort()
        if (fence.meta.variant === 'bad') expect(found, 'a bad block reports exactly its declared rules').toEqual([...fence.meta.rules].sort())
        else expect(found, 'a good or unmarked block reports no warning or error').toEqual([])
      })
    }
  }
})

const exampleNames = listExamples()
if (exampleNames.length > 0) describe('lesson example folders', () => {
  for (const name of exampleNames) {
    it(`${name} reports exactly the rules in its expect file`, () => {
      const example = loadExample(name)
      const expectFile = example.files.expect
      const expected = (typeof expectFile === 'string' ? expectFile : '').split(/[\s,]+/).filter(Boolean).sort()
      const files = { ...example.files }
      delete files.expect
      const { rules, parseErrors } = seriousRuleIds(example.dockerfile, files)
      expect(parseErrors).toEqual([])
      expect(rules).toEqual(expected)
    })
  }
})
