import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3014'

describe('DL3014', () => {
  it('reports apt-get install without -y', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install curl=7.88.1-10+deb12u5\n')).toEqual([2])
  })
  it('accepts -y, --yes, --assume-yes and combined short flags', () => {
    for (const flag of ['-y', '--yes', '--assume-yes', '-qy']) {
      expect(linesOf(rule, `FROM debian:12\nRUN apt-get install ${flag} curl=8.1\n`)).toEqual([])
    }
  })
  it('accepts quiet level 2 (-qq, -q -q, --quiet --quiet, -q=2) but not a single -q', () => {
    for (const flag of ['-qq', '-q -q', '--quiet --quiet', '-q=2']) {
      expect(linesOf(rule, `FROM debian:12\nRUN apt-get ${flag} install curl=8.1\n`)).toEqual([])
    }
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get -q install curl=8.1\n')).toEqual([2])
  })
  it('ignores apt-get commands other than install, and apt', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt install curl\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN apt-get install curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n')).toEqual([2])
  })
  it('quick fix adds -y right after install and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN apt-get update && apt-get install curl=8.1\n')
    expect(fixed).toBe('FROM debian:12\nRUN apt-get update && apt-get install -y curl=8.1\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix finds install on a continuation line and fixes only the commands missing -y', () => {
    const code = 'FROM debian:12\nRUN apt-get install -y git=1 \\\n && apt-get \\\n    install curl=8.1\n'
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM debian:12\nRUN apt-get install -y git=1 \\\n && apt-get \\\n    install -y curl=8.1\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix works on ONBUILD RUN and inside heredocs', () => {
    const onbuild = applyFirstFix(rule, 'FROM debian:12\nONBUILD RUN apt-get install curl\n')
    expect(onbuild).toBe('FROM debian:12\nONBUILD RUN apt-get install -y curl\n')
    const heredoc = applyFirstFix(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n')
    expect(heredoc).toBe('FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n')
  })
  it('offers no quick fix in exec form, where inserting text would break the JSON', () => {
    const [finding] = findingsOf(rule, 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n')
    expect(finding).toBeDefined()
    expect(finding?.fix).toBeNull()
  })
  it('quick fix finds the command after env prefixes and shell keywords, not inside other commands', () => {
    const code = 'FROM debian:12\nRUN echo apt-get install && \\\n    if true; then DEBIAN_FRONTEND=noninteractive apt-get install curl; fi\n'
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM debian:12\nRUN echo apt-get install && \\\n    if true; then DEBIAN_FRONTEND=noninteractive apt-get install -y curl; fi\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
