import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3047'

describe('DL3047', () => {
  it('reports wget with the default progress output', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN wget https://example.com/tool.tgz\n')).toEqual([2])
  })
  it('accepts --progress and the quiet, no-verbose and log-file options', () => {
    for (const opt of ['--progress=dot:giga', '-q', '--quiet', '-qO-', '-nv', '--no-verbose', '-o /tmp/log', '--output-file=/tmp/log', '-a /tmp/log', '--append-output=/tmp/log']) {
      expect(linesOf(rule, `FROM debian:12\nRUN wget ${opt} https://example.com/tool.tgz\n`), opt).toEqual([])
    }
  })
  it('still reports -O (capital), which only names the output file', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN wget -O /tmp/tool.tgz https://example.com/tool.tgz\n')).toEqual([2])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN wget https://example.com/x\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nwget https://example.com/x\nEOF\n')).toEqual([2])
  })
  it('quick fix adds --progress=dot:giga to the noisy wget only and the finding disappears', () => {
    const code = 'FROM debian:12\nRUN wget -q https://example.com/a \\\n && wget https://example.com/b\n'
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM debian:12\nRUN wget -q https://example.com/a \\\n && wget --progress=dot:giga https://example.com/b\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no quick fix in exec form', () => {
    expect(findingsOf(rule, 'FROM debian:12\nRUN ["wget", "https://example.com/x"]\n')[0]?.fix).toBeNull()
  })
  it('quick fix skips wget when it is only a package name', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN apt-get install -y wget && wget https://example.com/x\n')
    expect(fixed).toBe('FROM debian:12\nRUN apt-get install -y wget && wget --progress=dot:giga https://example.com/x\n')
  })
})
