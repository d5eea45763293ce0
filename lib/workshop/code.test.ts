import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exercises, findExercise } from '@/lessons/exercises'
import { loadExerciseFiles } from '@/lib/content/exercises'
import { contentHash, decodeSubmission, encodeSubmission, MAX_DECODED_BYTES } from './code'
import { regradeLines, toCsv } from './regrade'

const solution = loadExerciseFiles('multistage-go').solution.dockerfile
const starter = loadExerciseFiles('multistage-go').starter.dockerfile
const base = { name: 'Ana Pérez', exercise: 'multistage-go', result: { passed: true, checks: [{ id: 'two-stages', passed: true }] } }

function rawCode(payload: unknown): string {
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(payload)))
  return `SC1.${Buffer.from(bytes).toString('base64url')}`
}

const sources = {
  findExercise,
  materials: (id: string) => {
    const f = loadExerciseFiles(id)
    return { context: f.context, starter: f.starter }
  },
}

describe('submission codes', () => {
  it('round-trip in one compact line', () => {
    const code = encodeSubmission({ ...base, dockerfile: solution, dockerignore: 'node_modules\n' })
    expect(code.startsWith('SC1.')).toBe(true)
    expect(code).not.toMatch(/\s/)
    expect(code.length).toBeLessThan(2000)
    const decoded = decodeSubmission(code)
    expect(decoded.ok && decoded.payload.files.dockerfile).toBe(solution)
    expect(decoded.ok && decoded.payload.name).toBe('Ana Pérez')
    expect(decoded.ok && decoded.edited).toBe(false)
  })

  it.each([
    ['an empty line', '', /empty/],
    ['another format', 'hello world', /not a submission code/],
    ['a future version', 'SC2.abcd', /newer Stagecraft/],
    ['a truncated code', () => encodeSubmission({ ...base, dockerfile: solution }).slice(0, 60), /truncated or corrupted/],
    ['foreign characters', 'SC1.<img src=x onerror=alert(1)>', /unexpected characters/],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const code = typeof input === 'function' ? input() : input
    const r = decodeSubmission(code)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toMatch(reason as RegExp)
  })

  it('rejects codes that inflate beyond 64 kB', () => {
    const huge = { v: 1, name: 'x', exercise: 'multistage-go', files: { dockerfile: 'A'.repeat(MAX_DECODED_BYTES + 10), dockerignore: null }, grader: '1', result: { passed: true, checks: [] }, submittedAt: new Date().toISOString(), hash: '00000000' }
    const r = decodeSubmission(rawCode(huge))
    expect(!r.ok && r.error).toMatch(/too large/)
  })

  it('rejects payloads that do not match the schema, and future payload versions', () => {
    expect(decodeSubmission(rawCode({ v: 1, name: 'x' })).ok).toBe(false)
    const r = decodeSubmission(rawCode({ v: 9 }))
    expect(!r.ok && r.error).toMatch(/newer Stagecraft/)
  })

  it('keeps script payloads as plain text data', () => {
    const name = '<img src=x onerror=alert(1)></script>'
    const r = decodeSubmission(encodeSubmission({ ...base, name, dockerfile: 'FROM alpine:3.20\n# </script><script>alert(1)</script>\n' }))
    expect(r.ok && r.payload.name).toBe(name)
  })
})

describe('regrading', () => {
  it('regrades every line, trusting nothing the code claims', () => {
    const honest = encodeSubmission({ ...base, dockerfile: solution })
    const liar = encodeSubmission({ ...base, name: 'Luis', dockerfile: starter, result: { passed: true, checks: [] } })
    const rows = regradeLines([honest, '', 'garbage', liar].join('\n'), sources)
    expect(rows.map((r) => (r.valid ? [r.line, r.name, r.passed, r.mismatch] : [r.line, 'invalid']))).toEqual([
      [1, 'Ana Pérez', true, false],
      [3, 'invalid'],
      [4, 'Luis', false, true],
    ])
  })

  it('flags files edited inside a code after grading', () => {
    const payload = { v: 1, name: 'Eve', exercise: 'multistage-go', files: { dockerfile: starter, dockerignore: null }, grader: '1', result: { passed: true, checks: [] }, submittedAt: new Date().toISOString(), hash: contentHash({ dockerfile: solution, dockerignore: null }) }
    const [row] = regradeLines(rawCode(payload), sources)
    expect(row?.valid && row.edited && row.mismatch).toBe(true)
  })

  it('reports an unknown exercise as an invalid row', () => {
    const code = encodeSubmission({ ...base, exercise: 'no-such-exercise', dockerfile: solution })
    const [row] = regradeLines(code, sources)
    expect(row).toMatchObject({ valid: false, error: "unknown exercise 'no-such-exercise'" })
  })

  it('exports CSV with the gradebook columns and defuses spreadsheet formulas', () => {
    const rows = regradeLines(encodeSubmission({ ...base, name: '=HYPERLINK("x")', dockerfile: starter, result: { passed: false, checks: [] } }), sources)
    const csv = toCsv(rows).trim().split('\n')
    expect(csv[0]).toBe('name,exercise,passed,claimed_passed,failed_checks,submitted_at')
    expect(csv[1]).toMatch(/^"'=HYPERLINK\(""x""\)",multistage-go,false,false,[a-z0-9- ]+,\d{4}-/)
  })

  it('knows every registered exercise', () => {
    for (const e of exercises) expect(sources.materials(e.id).starter.dockerfile.length).toBeGreaterThan(0)
  })
})
