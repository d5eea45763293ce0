/**
 * Dogfooding: the site's own Dockerfile follows the course. It lints with no finding at info level or
 * above, with the repository as its build context, and simulates to a non-root nginx image.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContextDir } from '@/lib/cli/io'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { finalStage, runUser } from '@/lib/simulate/queries'
import { lint } from '@/lib/lint/engine'
import { simulateBuild } from '@/lib/simulate/build'

const root = path.resolve(import.meta.dirname, '..')
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
const context = readContextDir(root)

describe("the site's own Dockerfile", () => {
  it('has no finding at info level or above', () => {
    const findings = lint(dockerfile, { context }).filter((f) => f.severity !== 'style')
    expect(findings.map((f) => `${f.rule}:${f.range.start.line + 1} ${f.message.en}`)).toEqual([])
  })

  it('builds a non-root nginx image that serves the static export', () => {
    const result = simulateBuild({ model: parseDockerfile(dockerfile), context })
    const stage = finalStage(result)!
    expect(stage.image?.repository).toMatch(/nginx/)
    expect(runUser(stage).isRoot).toBe(false)
    expect(stage.instructions.some((i) => i.keyword === 'COPY' && i.estimatedBytes >= 0)).toBe(true)
    // The figure is reported, not asserted: it is an estimate.
    console.log(`site image estimate: ${(result.image!.estimatedBytes / 1e6).toFixed(1)} MB`)
  })
})
