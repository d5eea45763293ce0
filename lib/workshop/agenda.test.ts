import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'
import { AGENDA_LIMITS, decodeAgendaHash, encodeAgenda, joinPath, type Agenda } from './agenda'

const agenda: Agenda = {
  v: 1,
  title: 'Taller de Docker — grupo A',
  notes: 'Empezad por la lección de capas.\nLuego el ejercicio.',
  items: [
    { type: 'lesson', id: 'capas' },
    { type: 'exercise', id: 'multistage-go' },
  ],
}

const hashOf = (value: unknown) => `#w=${compressToEncodedURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`

describe('agenda links', () => {
  it('round-trip through the fragment', () => {
    const path = joinPath('es', agenda)
    expect(path).toMatch(/^\/es\/workshop\/join\/#w=[A-Za-z0-9+\-$]+$/)
    const decoded = decodeAgendaHash(path.slice(path.indexOf('#')))
    expect(decoded).toEqual({ ok: true, agenda })
  })

  it('stay short for a typical agenda', () => {
    const many: Agenda = { ...agenda, items: Array.from({ length: 20 }, (_, i) => ({ type: 'exercise' as const, id: `exercise-${i}` })) }
    expect(encodeAgenda(many).length).toBeLessThan(1_000)
  })

  it('ignore other fragment parameters', () => {
    expect(decodeAgendaHash(`#x=1&w=${encodeAgenda(agenda)}&y=2`).ok).toBe(true)
  })

  it.each([
    ['no fragment', '', 'missing'],
    ['an empty value', '#w=', 'missing'],
    ['foreign characters', '#w=<img src=x onerror=alert(1)>', 'corrupted'],
    ['a truncated value', `#w=${encodeAgenda(agenda).slice(0, 12)}`, 'corrupted'],
    ['a huge value', `#w=${'A'.repeat(AGENDA_LIMITS.encoded + 1)}`, 'too-large'],
    ['JSON that is not an agenda', hashOf({ v: 1, title: 'x' }), 'invalid'],
    ['text that is not JSON', hashOf('hello'), 'corrupted'],
    ['a future version', hashOf({ ...agenda, v: 2 }), 'newer-version'],
    ['extra keys', hashOf({ ...agenda, script: '<script>' }), 'invalid'],
    ['an id with markup', hashOf({ ...agenda, items: [{ type: 'lesson', id: '<img src=x>' }] }), 'invalid'],
    ['an unknown item type', hashOf({ ...agenda, items: [{ type: 'video', id: 'capas' }] }), 'invalid'],
    ['a decompression bomb', hashOf({ ...agenda, notes: 'a'.repeat(AGENDA_LIMITS.json) }), 'too-large'],
  ])('reject %s with a reason', (_name, hash, error) => {
    expect(decodeAgendaHash(hash)).toEqual({ ok: false, error })
  })

  it('keep markup in the title and notes as plain text', () => {
    const hostile = { ...agenda, title: '<img src=x onerror=alert(1)></script>', notes: '<script>alert(1)</script>' }
    const decoded = decodeAgendaHash(joinPath('en', hostile).split('#')[1]!.replace(/^/, '#'))
    expect(decoded.ok && decoded.agenda.title).toBe(hostile.title)
  })
})
