import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './NoEmptyContinuation'

describe('NoEmptyContinuation', () => {
  it("reports an empty line inside a continuation at the instruction's last line", () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n')).toEqual([4])
  })
  it('reports once per instruction even with several empty lines', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add \\\n\n    gnupg \\\n\n    curl\nEXPOSE 80\n')).toEqual([6])
  })
  it('accepts comment lines inside the continuation', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache \\\n# tools\n    curl\n')).toEqual([])
  })
  it('accepts blank lines between instructions', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\n\nRUN echo hi\n\n\nCMD ["sh"]\n')).toEqual([])
  })
  it('treats a whitespace-only line as empty', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE \\\n   \n80\n')).toEqual([4])
  })
  it('is not confused by blank lines in heredoc bodies, and reports before the body', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY <<EOF \\\n\n  /app/notes.txt\nhello\n\nworld\nEOF\n')).toEqual([4])
  })
  it('checks global ARGs before the first FROM too', () => {
    expect(linesOf(rule, 'ARG A=1 \\\n\n  B=2\nFROM alpine:3.20\n')).toEqual([3])
  })
  it('honours the backtick escape directive', () => {
    expect(linesOf(rule, '# escape=`\nFROM alpine:3.20\nRUN echo a `\n\n  b\n')).toEqual([5])
  })
  it('names the empty lines in the message', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\nRUN apk add \\\n\n    curl\n')[0]?.message.en).toBe('Empty continuation line (line 3) in RUN: this will become an error.')
  })
  it('quick fix deletes every empty line of the continuation and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nRUN apk add \\\n\n    gnupg \\\n  \n    curl\n')
    expect(fixed).toBe('FROM alpine:3.20\nRUN apk add \\\n    gnupg \\\n    curl\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
