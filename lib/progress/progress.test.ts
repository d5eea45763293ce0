import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  completedLessonCount,
  countsAsAttempt,
  createBackup,
  emptyProgress,
  exerciseStatus,
  exportProgress,
  loadProgress,
  mergeProgress,
  parseBackup,
  parseProgressFile,
  progressFileName,
  progressSchema,
  PROGRESS_KEYS,
  resultSignature,
  solvedExerciseCount,
  UNKNOWN_TIME,
  withExercise,
  withLessonStatus,
  withQuizAnswers,
  type Progress,
} from './progress'

const t0 = new Date('2026-01-01T00:00:00.000Z')
const t1 = new Date('2026-01-02T00:00:00.000Z')
const t2 = new Date('2026-01-03T00:00:00.000Z')
const starter = { dockerfile: 'FROM golang:1.21\n', dockerignore: null }
const solved = { dockerfile: 'FROM golang:1.21 AS build\nFROM scratch\n', dockerignore: null }
const none = { current: null, v1Lessons: null, v1Quizzes: null }

function sample(): Progress {
  let p = withLessonStatus(emptyProgress(), 'capas', 'completed', t0)
  p = withExercise(p, 'multistage-go', { code: solved, passed: true, attempt: true }, starter, t1)
  p = withQuizAnswers(p, 'capas', [1, 0, 2], t1)
  return p
}

describe('loadProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadProgress(none)).toEqual({ progress: emptyProgress(), outcome: 'empty', damaged: [], rewrite: false })
  })

  it('reads a valid v2 document as is', () => {
    const p = sample()
    const r = loadProgress({ ...none, current: JSON.stringify(p) })
    expect(r.outcome).toBe('ok')
    expect(r.rewrite).toBe(false)
    expect(r.progress).toEqual(p)
  })

  it('fills defaults of optional exercise fields', () => {
    const doc = sample() as unknown as { exercises: Record<string, Record<string, unknown>> }
    delete doc.exercises['multistage-go']!.hintsShown
    delete doc.exercises['multistage-go']!.solvedAt
    const r = loadProgress({ ...none, current: JSON.stringify(doc) })
    expect(r.outcome).toBe('ok')
    expect(r.progress.exercises['multistage-go']).toMatchObject({ hintsShown: 0, solvedAt: null })
  })

  it('migrates v1 lessons and v1 quiz answers, keeping the old data', () => {
    const v1Lessons = JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: '2025-12-01T00:00:00.000Z' } } })
    const v1Quizzes = JSON.stringify({ capas: [0, 2], cache: [1] })
    const r = loadProgress({ current: null, v1Lessons, v1Quizzes })
    expect(r.outcome).toBe('migrated')
    expect(r.rewrite).toBe(true)
    expect(r.damaged).toEqual([])
    expect(r.progress.lessons).toEqual({ capas: { status: 'completed', updatedAt: '2025-12-01T00:00:00.000Z' } })
    expect(r.progress.quizzes).toEqual({ capas: { answers: [0, 2], updatedAt: UNKNOWN_TIME }, cache: { answers: [1], updatedAt: UNKNOWN_TIME } })
    expect(progressSchema.safeParse(r.progress).success).toBe(true)
  })

  it('merges v1 keys written after the upgrade into the v2 document, newest first', () => {
    const current = JSON.stringify(withLessonStatus(emptyProgress(), 'capas', 'started', t2))
    const v1Lessons = JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: t0.toISOString() }, cache: { status: 'started', updatedAt: t0.toISOString() } } })
    const r = loadProgress({ current, v1Lessons, v1Quizzes: null })
    expect(r.outcome).toBe('ok')
    expect(r.rewrite).toBe(true)
    expect(r.progress.lessons.capas?.status).toBe('started')
    expect(r.progress.lessons.cache?.status).toBe('started')
  })

  it('recovers from a v2 value that is not JSON, keeping the raw text aside', () => {
    const r = loadProgress({ ...none, current: '{"schema":"stagecraft-progress", oops' })
    expect(r.outcome).toBe('recovered')
    expect(r.progress).toEqual(emptyProgress())
    expect(r.damaged).toEqual([{ key: PROGRESS_KEYS.current, raw: '{"schema":"stagecraft-progress", oops' }])
    expect(r.rewrite).toBe(true)
  })

  it('salvages the valid items of a partly damaged document', () => {
    const doc = JSON.parse(JSON.stringify(sample()))
    doc.lessons.cache = { status: 'finished', updatedAt: 'yesterday' }
    doc.exercises['cache-order-node'] = { code: 42 }
    doc.quizzes = 'nope'
    const raw = JSON.stringify(doc)
    const r = loadProgress({ ...none, current: raw })
    expect(r.outcome).toBe('recovered')
    expect(Object.keys(r.progress.lessons)).toEqual(['capas'])
    expect(Object.keys(r.progress.exercises)).toEqual(['multistage-go'])
    expect(r.progress.quizzes).toEqual({})
    expect(r.damaged[0]?.raw).toBe(raw)
  })

  it('keeps a document from a newer version aside instead of misreading it', () => {
    const raw = JSON.stringify({ ...sample(), version: 3 })
    const r = loadProgress({ ...none, current: raw })
    expect(r.outcome).toBe('recovered')
    expect(r.progress).toEqual(emptyProgress())
    expect(r.damaged).toEqual([{ key: PROGRESS_KEYS.current, raw }])
  })

  it('reports damaged v1 values and keeps what they still hold', () => {
    const v1Lessons = JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: t0.toISOString() }, cache: { status: '??' } } })
    const r = loadProgress({ current: null, v1Lessons, v1Quizzes: '[not json' })
    expect(r.outcome).toBe('recovered')
    expect(Object.keys(r.progress.lessons)).toEqual(['capas'])
    expect(r.damaged.map((d) => d.key)).toEqual([PROGRESS_KEYS.v1Lessons, PROGRESS_KEYS.v1Quizzes])
  })

  it('never throws, whatever the stored strings are (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.string(), fc.json())), fc.option(fc.oneof(fc.string(), fc.json())), fc.option(fc.json()), (current, v1Lessons, v1Quizzes) => {
        const r = loadProgress({ current, v1Lessons, v1Quizzes })
        expect(progressSchema.safeParse(r.progress).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('backup', () => {
  it('round-trips and keeps an undismissed earlier backup', () => {
    const first = createBackup([{ key: 'a', raw: '1' }], t0)
    const parsed = parseBackup(JSON.stringify(first))
    expect(parsed).toEqual(first)
    const second = createBackup([{ key: 'b', raw: '2' }], t1, parsed)
    expect(second.values.map((v) => v.key)).toEqual(['b', 'a'])
    expect(createBackup([{ key: 'c', raw: '3' }], t2, { ...second, dismissed: true }).values.map((v) => v.key)).toEqual(['c'])
    expect(parseBackup('{')).toBeNull()
    expect(parseBackup(null)).toBeNull()
  })
})

describe('recording', () => {
  it('never downgrades a completed lesson on a visit, but un-marks it when asked', () => {
    const done = withLessonStatus(emptyProgress(), 'capas', 'completed', t0)
    expect(withLessonStatus(done, 'capas', 'started', t1)).toBe(done)
    expect(withLessonStatus(done, 'capas', 'started', t1, true).lessons.capas).toEqual({ status: 'started', updatedAt: t1.toISOString() })
  })

  it('creates an exercise record from the starter and keeps solvedAt once set', () => {
    let p = withExercise(emptyProgress(), 'multistage-go', { hintsShown: 1 }, starter, t0)
    expect(p.exercises['multistage-go']).toEqual({ code: starter, passed: false, attempts: 0, hintsShown: 1, solutionViewed: false, solvedAt: null, updatedAt: t0.toISOString() })
    p = withExercise(p, 'multistage-go', { code: solved, passed: true, attempt: true }, starter, t1)
    expect(p.exercises['multistage-go']).toMatchObject({ passed: true, attempts: 1, solvedAt: t1.toISOString() })
    p = withExercise(p, 'multistage-go', { code: starter, passed: false, hintsShown: 0, solutionViewed: true }, starter, t2)
    expect(p.exercises['multistage-go']).toMatchObject({ code: starter, passed: false, attempts: 1, hintsShown: 1, solutionViewed: true, solvedAt: t1.toISOString(), updatedAt: t2.toISOString() })
    expect(exerciseStatus(p, 'multistage-go')).toBe('solved')
    expect(exerciseStatus(p, 'cache-order-node')).toBe('notStarted')
    expect(exerciseStatus(withExercise(emptyProgress(), 'x', { code: starter }, starter, t0), 'x')).toBe('started')
  })

  it('counts attempts on explicit checks and on changed results only', () => {
    const a = resultSignature([{ id: 'b', passed: true }, { id: 'a', passed: true }, { id: 'c', passed: false }])
    expect(a).toBe('a b')
    expect(countsAsAttempt({ explicit: false, signature: a, lastAttemptSignature: null })).toBe(true)
    expect(countsAsAttempt({ explicit: false, signature: a, lastAttemptSignature: 'a b' })).toBe(false)
    expect(countsAsAttempt({ explicit: true, signature: a, lastAttemptSignature: 'a b' })).toBe(true)
  })

  it('counts completed lessons and solved exercises', () => {
    const p = sample()
    expect(completedLessonCount(p, ['introduccion', 'capas'])).toBe(1)
    expect(solvedExerciseCount(p, ['multistage-go', 'cache-order-node'])).toBe(1)
  })
})

describe('mergeProgress', () => {
  it('keeps the newer item of each section, and the union of items', () => {
    const a = withLessonStatus(withLessonStatus(emptyProgress(), 'capas', 'completed', t2), 'cache', 'started', t0)
    const b = withLessonStatus(withLessonStatus(emptyProgress(), 'capas', 'started', t1), 'cache', 'completed', t1)
    const m = mergeProgress(a, withQuizAnswers(b, 'capas', [1], t1))
    expect(m.lessons).toEqual({ capas: { status: 'completed', updatedAt: t2.toISOString() }, cache: { status: 'completed', updatedAt: t1.toISOString() } })
    expect(m.quizzes.capas?.answers).toEqual([1])
  })

  it('keeps facts about an exercise whichever side is newer', () => {
    const older = withExercise(emptyProgress(), 'multistage-go', { code: solved, passed: true, hintsShown: 3 }, starter, t0)
    const newer = withExercise(emptyProgress(), 'multistage-go', { code: starter, passed: false, solutionViewed: true }, starter, t2)
    const m = mergeProgress(older, newer).exercises['multistage-go']!
    expect(m.code).toEqual(starter)
    expect(m.updatedAt).toBe(t2.toISOString())
    expect(m).toMatchObject({ passed: false, solvedAt: t0.toISOString(), hintsShown: 3, solutionViewed: true })
  })

  it('is idempotent, and commutative up to ties (property)', () => {
    const date = fc.integer({ min: 0, max: 5 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)))
    const op = fc.tuple(fc.constantFrom('capas', 'cache', 'multistage'), fc.constantFrom('started', 'completed') as fc.Arbitrary<'started' | 'completed'>, date)
    const doc = fc.array(op, { maxLength: 6 }).map((ops) => ops.reduce((p, [id, s, d]) => withLessonStatus(p, id, s, d, true), emptyProgress()))
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(mergeProgress(a, a)).toEqual(a)
        const ab = mergeProgress(a, b)
        const ba = mergeProgress(b, a)
        for (const id of Object.keys(ab.lessons)) {
          expect(ab.lessons[id]!.updatedAt).toBe(ba.lessons[id]!.updatedAt)
        }
        expect(progressSchema.safeParse(ab).success).toBe(true)
      }),
    )
  })
})

describe('progress files', () => {
  it('exports the versioned document and reads it back', () => {
    const p = sample()
    const text = exportProgress(p, t2)
    const json = JSON.parse(text)
    expect(json).toMatchObject({ schema: 'stagecraft-progress', version: 2, exportedAt: t2.toISOString() })
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: p })
    expect(progressFileName(t2)).toBe('stagecraft-progress-2026-01-03.json')
  })

  it('reads a file with a byte-order mark and a v1 progress value', () => {
    expect(parseProgressFile(`\uFEFF${exportProgress(sample(), t2)}`).ok).toBe(true)
    const v1 = JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: t0.toISOString() } } })
    const r = parseProgressFile(v1)
    expect(r.ok && r.progress.lessons.capas?.status).toBe('completed')
  })

  it('refuses what is not a valid progress file, saying why', () => {
    expect(parseProgressFile('hello')).toEqual({ ok: false, error: 'not-json' })
    expect(parseProgressFile('[1,2]')).toEqual({ ok: false, error: 'not-progress' })
    expect(parseProgressFile('{"name":"package"}')).toEqual({ ok: false, error: 'not-progress' })
    expect(parseProgressFile(JSON.stringify({ ...sample(), version: 9 }))).toEqual({ ok: false, error: 'newer-version' })
    const bad = JSON.parse(exportProgress(sample(), t2))
    bad.exercises['multistage-go'].attempts = -1
    expect(parseProgressFile(JSON.stringify(bad))).toEqual({ ok: false, error: 'invalid' })
    expect(parseProgressFile(' '.repeat(5_000_001))).toEqual({ ok: false, error: 'too-big' })
  })
})
