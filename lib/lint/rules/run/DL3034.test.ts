import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3034'

describe('DL3034', () => {
  it('reports zypper install, remove, source-install and patch without a non-interactive flag', () => {
    for (const sub of ['install curl=8.0', 'in curl=8.0', 'remove curl', 'rm curl', 'source-install curl', 'si curl', 'patch']) {
      expect(linesOf(rule, `FROM opensuse/leap:15.6\nRUN zypper ${sub}\n`), sub).toEqual([2])
    }
  })
  it('accepts -n, --non-interactive, -y and --no-confirm', () => {
    for (const flags of ['-n install', '--non-interactive install', 'install -y', 'install --no-confirm']) {
      expect(linesOf(rule, `FROM opensuse/leap:15.6\nRUN zypper ${flags} curl=8.0\n`), flags).toEqual([])
    }
  })
  it('ignores other zypper commands', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper refresh && zypper clean\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nONBUILD RUN zypper install curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install curl\nEOF\n')).toEqual([2])
  })
  it('quick fix adds --non-interactive before the subcommand of each offending zypper', () => {
    const fixed = applyFirstFix(rule, 'FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper install curl=8.0 && zypper clean\n')
    expect(fixed).toBe('FROM opensuse/leap:15.6\nRUN zypper refresh \\\n && zypper --non-interactive install curl=8.0 && zypper clean\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
