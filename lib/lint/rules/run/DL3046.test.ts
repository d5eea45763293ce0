import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3046'

describe('DL3046', () => {
  it('reports useradd -u with a UID longer than 5 characters and no -l', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd -u 123456 app\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd -mu 1000000 app\n')).toEqual([2])
  })
  it('accepts -l, --no-log-init and short UIDs', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd -l -u 123456 app\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd -u 10001 app && useradd other\n')).toEqual([])
  })
  it('does not measure the value of the long --uid form, as hadolint', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN useradd --uid 123456 app\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN useradd -u 123456 app\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nuseradd -u 123456 app\nEOF\n')).toEqual([2])
  })
  it('quick fix adds -l to the offending useradd and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN groupadd -g 123456 app \\\n && useradd -u 123456 -g app app\n')
    expect(fixed).toBe('FROM debian:12\nRUN groupadd -g 123456 app \\\n && useradd -l -u 123456 -g app app\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
