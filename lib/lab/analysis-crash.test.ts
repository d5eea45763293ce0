import { describe, expect, it, vi } from 'vitest'

// The engine never throws by contract; simulate a bug anyway to prove the lab survives it.
vi.mock('@/lib/lint/engine', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/lint/engine')>()
  return {
    ...real,
    lint: (input: Parameters<typeof real.lint>[0], options?: Parameters<typeof real.lint>[1]) => {
      const text = typeof input === 'string' ? input : input.text
      if (text.includes('BOOM')) throw new Error('kaboom')
      return real.lint(input, options)
    },
  }
})

const { analyze } = await import('./analysis')

describe('analysis when the analyzer crashes', () => {
  it('keeps the last good findings and reports the failure', () => {
    const good = analyze('FROM alpine:3.20\nADD app.py /app/\n', null)
    expect(good.failure).toBeNull()
    const broken = analyze('FROM alpine:3.20\nRUN BOOM\n', null, good)
    expect(broken.failure).toBe('kaboom')
    expect(broken.findings).toBe(good.findings)
    expect(broken.model).toBe(good.model)
    expect(broken.text).toBe('FROM alpine:3.20\nRUN BOOM\n')
  })

  it('recovers on the next good text', () => {
    const broken = analyze('RUN BOOM\n', null)
    expect(broken.failure).toBe('kaboom')
    expect(broken.findings).toEqual([])
    const again = analyze('FROM alpine:3.20\n', null, broken)
    expect(again.failure).toBeNull()
  })
})
