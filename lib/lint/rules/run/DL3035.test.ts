import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3035'

describe('DL3035', () => {
  it('reports zypper dist-upgrade and dup', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper dup\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean\n')).toEqual([2])
  })
  it('ignores other zypper commands', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0 && zypper patch -y && zypper clean\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nONBUILD RUN zypper dup\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n dup\nEOF\n')).toEqual([2])
  })
})
