import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const bin = path.join(repo, 'bin/stagecraft.js')
// Every command runs from a directory outside the checkout, as in a learner's repository.
const cwd = mkdtempSync(path.join(tmpdir(), 'stagecraft-grade-'))
const exerciseDir = path.join(repo, 'lessons/exercises/multistage-go')

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, STAGECRAFT_ROOT: '' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('stagecraft grade', () => {
  it('passes the reference solution with exit 0 and the JSON contract', () => {
    const r = cli(['grade', 'multistage-go', path.join(exerciseDir, 'solution.Dockerfile'), '--format', 'json'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual(['exercise', 'passed', 'checks'])
    expect(json).toMatchObject({ exercise: 'multistage-go', passed: true })
    expect(json.checks[0]).toEqual({ id: 'two-stages', passed: true, message: expect.any(String) })
  })

  it('fails the starter with exit 1 and says why, in Spanish on request', () => {
    const r = cli(['grade', 'multistage-go', path.join(exerciseDir, 'starter.Dockerfile'), '--locale', 'es'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/✗ Hay al menos dos etapas/)
    expect(r.stdout).toMatch(/^FAIL: \d\/\d checks$/m)
  })

  it('grades a directory holding a Dockerfile', () => {
    const dir = path.join(cwd, 'submission')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'Dockerfile'), readFileSync(path.join(exerciseDir, 'solution.Dockerfile')))
    expect(cli(['grade', 'multistage-go', dir]).code).toBe(0)
  })

  it('writes JUnit XML that CI systems can publish', () => {
    const r = cli(['grade', 'multistage-go', path.join(exerciseDir, 'starter.Dockerfile'), '--format', 'junit'])
    expect(r.stdout).toMatch(/^<\?xml version="1.0"/)
    expect(r.stdout).toMatch(/<testsuite name="multistage-go" tests="\d+" failures="[1-9]\d*">/)
    expect(r.stdout).toMatch(/<failure message="/)
  })

  it('lists the valid ids when the exercise is unknown, with exit 2', () => {
    const r = cli(['grade', 'nope', path.join(exerciseDir, 'solution.Dockerfile')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown exercise 'nope'; valid ids: .*multistage-go/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('stagecraft exercises', () => {
  it('lists exercises as JSON with both titles', () => {
    const r = cli(['exercises', '--format', 'json'])
    const list = JSON.parse(r.stdout) as Array<{ id: string; lesson: string; title: { es: string; en: string } }>
    expect(list.find((e) => e.id === 'multistage-go')).toEqual({ id: 'multistage-go', lesson: 'multistage', title: { es: expect.any(String), en: expect.any(String) } })
  })
})

describe('stagecraft submit and regrade', () => {
  it('round-trips: two learners submit, the instructor regrades, and a bad line becomes an error row', () => {
    const ana = cli(['submit', 'multistage-go', path.join(exerciseDir, 'solution.Dockerfile'), '--name', 'Ana Pérez'])
    const luis = cli(['submit', 'multistage-go', path.join(exerciseDir, 'starter.Dockerfile'), '--name', 'Luis'])
    expect(ana.code).toBe(0)
    expect(ana.stdout.trim()).toMatch(/^SC1\.[A-Za-z0-9_-]+$/)
    const codes = [ana.stdout.trim(), 'not-a-code', luis.stdout.trim()].join('\n')
    const json = cli(['regrade', '-', '--format', 'json'], codes)
    expect(json.code).toBe(1)
    const rows = JSON.parse(json.stdout)
    expect(rows[0]).toMatchObject({ name: 'Ana Pérez', exercise: 'multistage-go', passed: true, claimedPassed: true })
    expect(Object.keys(rows[0])).toEqual(['name', 'exercise', 'passed', 'claimedPassed', 'checks', 'submittedAt'])
    expect(rows[1]).toEqual({ line: 2, valid: false, error: expect.any(String) })
    expect(rows[2]).toMatchObject({ name: 'Luis', passed: false })
    const csv = cli(['regrade', '-', '--format', 'csv'], codes).stdout.trim().split('\n')
    expect(csv[0]).toBe('name,exercise,passed,claimed_passed,failed_checks,submitted_at')
    expect(csv).toHaveLength(3)
    expect(cli(['regrade', '-'], ana.stdout).code).toBe(0)
  })

  it('needs a name to submit, and exits 2 on an unreadable codes file', () => {
    expect(cli(['submit', 'multistage-go', path.join(exerciseDir, 'solution.Dockerfile')]).code).toBe(2)
    const r = cli(['regrade', path.join(cwd, 'missing.txt')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read codes file/)
  })
})
