import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL4005'

describe('DL4005', () => {
  it('reports ln with /bin/sh as an argument', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n')).toEqual([2])
  })
  it('ignores other links and other commands touching /bin/sh', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python && ls -l /bin/sh\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN ln -sf /bin/bash /bin/sh\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nln -sf /bin/bash /bin/sh\nEOF\n')).toEqual([2])
  })
})
