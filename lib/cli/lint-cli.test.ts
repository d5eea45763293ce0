import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const bin = path.resolve(import.meta.dirname, '../../bin/stagecraft.js')
const dir = mkdtempSync(path.join(tmpdir(), 'stagecraft-lint-'))

function write(name: string, text: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const bad = write('Dockerfile.bad', 'FROM alpine:3.20\nRUN echo hi\nADD app.py /app/\n')
const clean = write('Dockerfile.clean', 'FROM alpine:3.20\nCOPY app.py /app/\nUSER 10001\n')

describe('stagecraft lint', () => {
  it('prints hadolint-style text lines and exits 1 when there are findings', () => {
    const r = cli(['lint', bad])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`${bad}:3 DL3020 error: `)
  })

  it('honours the JSON contract with 1-based positions, ordered by line, and a fix', () => {
    const r = cli(['lint', bad, '--format', 'json'])
    const json = JSON.parse(r.stdout) as { diagnostics: Array<Record<string, unknown>> }
    const d = json.diagnostics.find((x) => x.rule === 'DL3020')!
    expect(d).toMatchObject({ rule: 'DL3020', aliases: [], severity: 'error', line: 3, column: 1, endLine: 3 })
    expect(Object.keys(d)).toEqual(['rule', 'aliases', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fix'])
    expect(d.fix).toMatchObject({ edits: [{ line: 3, column: 1, newText: 'COPY' }] })
    const lines = json.diagnostics.map((x) => x.line as number)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
  })

  it('speaks Spanish with --locale es', () => {
    const r = cli(['lint', bad, '--format', 'json', '--locale', 'es'])
    const d = (JSON.parse(r.stdout) as { diagnostics: Array<{ rule: string; message: string }> }).diagnostics.find((x) => x.rule === 'DL3020')!
    expect(d.message).toMatch(/archivo/)
  })

  it('emits SARIF 2.1.0 with rules and regions', () => {
    const r = cli(['lint', bad, '--format', 'sarif'])
    const sarif = JSON.parse(r.stdout)
    expect(sarif.version).toBe('2.1.0')
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'DL3020')
    expect(result.level).toBe('error')
    expect(result.locations[0].physicalLocation.region.startLine).toBe(3)
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('DL3020')
  })

  it('exits 0 for a clean file and respects --ignore and --failure-threshold', () => {
    expect(cli(['lint', clean]).code).toBe(0)
    expect(cli(['lint', bad, '--ignore', 'DL3020', '--format', 'json']).stdout).not.toContain('DL3020')
    expect(cli(['lint', bad, '--failure-threshold', 'none']).code).toBe(0)
  })

  it('reads standard input with -', () => {
    const r = cli(['lint', '-', '--format', 'json'], 'FROM alpine:3.20\nADD a.txt /a\n')
    expect(r.stdout).toContain('"line":2')
  })

  it.each([
    [['lint', path.join(dir, 'missing')], /cannot read Dockerfile/],
    [['lint', bad, '--format', 'xml'], /--format must be one of/],
    [['lint'], /expected exactly one Dockerfile/],
    [['lint', bad, '--bogus'], /unknown option --bogus/],
    [['nonsense'], /unknown command/],
  ])('exits 2 with one line and no stack trace for %j', (args, message) => {
    const r = cli(args as string[])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message as RegExp)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
