import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3037'

describe('DL3037', () => {
  it('reports zypper install or in of a package without a version', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper in -y curl\n')).toEqual([2])
  })
  it('accepts =, > and < constraints and rpm files', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0 "git>2.40" "vim<10" ./x-1.0.rpm\n')).toEqual([])
  })
  it('ignores other zypper commands', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper remove -y curl\n')).toEqual([])
  })
  it('names the unpinned packages in the message', () => {
    expect(findingsOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0 git vim\n')[0]?.message.en).toContain('git, vim')
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nONBUILD RUN zypper install -y curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install -y curl\nEOF\n')).toEqual([2])
  })
})
