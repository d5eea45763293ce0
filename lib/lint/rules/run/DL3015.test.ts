import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3015'

describe('DL3015', () => {
  it('reports apt-get install without --no-install-recommends', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n')).toEqual([2])
  })
  it('accepts the flag or the APT::Install-Recommends=false option', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=8.1\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl=8.1\n')).toEqual([])
  })
  it('ignores other apt-get commands and apt', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt install -y curl\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN apt-get install -y curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF\n')).toEqual([2])
  })
  it('quick fix inserts --no-install-recommends after install and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl=8.1\n')
    expect(fixed).toBe('FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y curl=8.1\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no quick fix in exec form', () => {
    expect(findingsOf(rule, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n')[0]?.fix).toBeNull()
  })
})
