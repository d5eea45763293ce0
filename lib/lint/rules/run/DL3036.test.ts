import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3036'

describe('DL3036', () => {
  it('reports zypper install or in without a later zypper clean', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper in -y curl=8.0\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper install -y curl=8.0\n')).toEqual([2])
  })
  it('accepts zypper clean or cc after the install', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.0 && zypper clean\n')).toEqual([])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN zypper in -y curl=8.0 && zypper cc -a\n')).toEqual([])
  })
  it('accepts a cache or tmpfs mount on /var/cache/zypp', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y curl=8.0\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nONBUILD RUN zypper install -y curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper install -y curl=8.0\nzypper clean\nEOF\n')).toEqual([])
  })
})
