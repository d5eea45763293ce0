import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3020'

describe('DL3020', () => {
  it('reports ADD of plain local files on its line', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR /app\nADD src/ ./src/\nADD config.json /etc/app/\n')).toEqual([3, 4])
  })
  it('allows URLs and tar archives, but not zip files', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nADD https://example.com/x.txt /x\nADD root.tar.xz /\nADD bundle.zip /opt/\n')).toEqual([4])
  })
  it('reports when any source of several is a plain file', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nADD a.tar.gz b.txt /opt/\n')).toEqual([2])
  })
  it('checks JSON-form ADD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nADD ["app.py", "/app/"]\n')).toEqual([2])
  })
  it('respects hadolint ignore pragmas', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\n# hadolint ignore=DL3020\nADD app.py /app/\n')).toEqual([])
  })
  it('quick fix turns ADD into COPY and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nADD app.py /app/\n')
    expect(fixed).toBe('FROM alpine:3.20\nCOPY app.py /app/\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
