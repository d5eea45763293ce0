import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3003'

describe('DL3003', () => {
  it('reports cd anywhere in a RUN', () => {
    expect(linesOf(rule, 'FROM gcc:14\nRUN cd /src && make\n')).toEqual([2])
    expect(linesOf(rule, 'FROM gcc:14\nRUN make -C /a && \\\n    (cd /b && make)\n')).toEqual([2])
    expect(linesOf(rule, 'FROM gcc:14\nRUN <<EOF\nset -e\ncd /src\nmake\nEOF\n')).toEqual([2])
  })
  it('does not report cd as an argument or a WORKDIR', () => {
    expect(linesOf(rule, 'FROM gcc:14\nWORKDIR /src\nRUN make && echo cd\n')).toEqual([])
  })
  it('does not look inside ONBUILD, as hadolint', () => {
    expect(linesOf(rule, 'FROM gcc:14\nONBUILD RUN cd /src && make\n')).toEqual([])
  })
})
