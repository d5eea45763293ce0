import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3008'

describe('DL3008', () => {
  it('reports apt-get install of a package without a version', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n')).toEqual([2])
  })
  it('accepts packages pinned with =, a target release with /, and local .deb files', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u5\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y ./vendor/tool_1.0_amd64.deb\n')).toEqual([])
  })
  it('does not take the value of -t / --target-release for a package', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=8.1\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y --target-release bookworm-backports curl\n')).toEqual([2])
  })
  it('names every unpinned package in the message', () => {
    const [finding] = findingsOf(rule, 'FROM debian:12\nRUN apt-get install -y curl=8.1 git ca-certificates\n')
    expect(finding?.message.en).toContain('git, ca-certificates')
    expect(finding?.message.es).toContain('git, ca-certificates')
  })
  it('checks only apt-get, not apt or other commands', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt install -y curl\nRUN echo install curl\n')).toEqual([])
  })
  it('finds the install across continuation lines, in exec form and with lowercase keywords', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n')).toEqual([2])
    expect(linesOf(rule, 'from debian:12\nrun apt-get install -y curl\n')).toEqual([2])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN apt-get install -y curl\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n')).toEqual([2])
  })
})
