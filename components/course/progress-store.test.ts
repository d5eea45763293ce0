import { describe, expect, it } from 'vitest'
import { parseProgress, withLessonStatus } from './progress-store'

const now = new Date('2026-01-02T03:04:05.000Z')

describe('parseProgress', () => {
  it('reads a stored v1 value', () => {
    const raw = JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: '2026-01-01T00:00:00.000Z' } } })
    expect(parseProgress(raw).lessons.capas?.status).toBe('completed')
  })

  it('treats missing, corrupt or foreign values as no progress instead of crashing the page', () => {
    for (const raw of [null, '', '{', '[]', 'null', '{"lessons":[]}', '{"lessons":"x"}']) {
      expect(parseProgress(raw)).toEqual({ lessons: {} })
    }
  })

  it('drops entries with an unknown status and keeps the valid ones', () => {
    const raw = JSON.stringify({
      lessons: {
        capas: { status: 'done', updatedAt: 'x' },
        cache: null,
        introduccion: { status: 'started', updatedAt: '2026-01-01T00:00:00.000Z' },
      },
    })
    expect(Object.keys(parseProgress(raw).lessons)).toEqual(['introduccion'])
  })
})

describe('withLessonStatus', () => {
  it('marks a lesson as started on the first visit', () => {
    expect(withLessonStatus({ lessons: {} }, 'capas', 'started', now).lessons.capas).toEqual({
      status: 'started',
      updatedAt: now.toISOString(),
    })
  })

  it('never downgrades a completed lesson when it is visited again', () => {
    const done = withLessonStatus({ lessons: {} }, 'capas', 'completed', now)
    expect(withLessonStatus(done, 'capas', 'started', now)).toBe(done)
  })

  it('un-marks a completed lesson only when asked explicitly', () => {
    const done = withLessonStatus({ lessons: {} }, 'capas', 'completed', now)
    expect(withLessonStatus(done, 'capas', 'started', now, true).lessons.capas?.status).toBe('started')
  })

  it('completes a started lesson', () => {
    const started = withLessonStatus({ lessons: {} }, 'capas', 'started', now)
    expect(withLessonStatus(started, 'capas', 'completed', now).lessons.capas?.status).toBe('completed')
  })
})
