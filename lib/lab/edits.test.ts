import { describe, expect, it } from 'vitest'
import { applyTextEdits } from './edits'

const at = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } })

describe('applying quick-fix edits to plain text', () => {
  it('replaces ranges, last first, so earlier offsets stay valid', () => {
    const text = 'FROM alpine\nADD a /a\nADD b /b\n'
    expect(applyTextEdits(text, [{ range: at(1, 0, 1, 3), newText: 'COPY' }, { range: at(2, 0, 2, 3), newText: 'COPY' }])).toBe('FROM alpine\nCOPY a /a\nCOPY b /b\n')
  })

  it('inserts and deletes across lines', () => {
    expect(applyTextEdits('a\nb\nc', [{ range: at(0, 1, 2, 0), newText: ' ' }])).toBe('a c')
    expect(applyTextEdits('a', [{ range: at(0, 1, 0, 1), newText: '\nb' }])).toBe('a\nb')
  })

  it('clamps ranges past the end of the text instead of corrupting it', () => {
    expect(applyTextEdits('abc', [{ range: at(0, 2, 9, 9), newText: 'Z' }])).toBe('abZ')
  })
})
