import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3041'

const lines = (run: string, before = '') => linesOf(rule, `FROM fedora:40\n${before}RUN ${run}\n`)

describe('DL3041', () => {
  it('reports dnf and microdnf install of a package without a version', () => {
    expect(lines('dnf install -y httpd && dnf clean all')).toEqual([2])
    expect(lines('microdnf install -y shadow-utils')).toEqual([2])
  })
  it('accepts name-version forms and rpm files', () => {
    expect(lines('dnf install -y httpd-2.4.62 openssl-1:3.2.1 gcc-c++-14.1.1 ./local.rpm && dnf clean all')).toEqual([])
  })
  it('does not check dnf group install, and requires name:stream for modules', () => {
    expect(lines('dnf group install -y "Development Tools"')).toEqual([])
    expect(lines('dnf module install -y nodejs')).toEqual([2])
    expect(lines('dnf module install -y nodejs:20')).toEqual([])
  })
  it('accepts a version from a declared ARG or ENV, but not from an undeclared variable', () => {
    expect(lines('dnf install -y "httpd-${V}"', 'ARG V=2.4.62\n')).toEqual([])
    expect(lines('dnf install -y "httpd-${V}"')).toEqual([2])
  })
  it('ignores yum and other dnf commands', () => {
    expect(lines('yum install -y httpd && dnf upgrade -y && dnf clean all')).toEqual([])
  })
  it('names the unpinned packages in the message', () => {
    expect(findingsOf(rule, 'FROM fedora:40\nRUN dnf install -y httpd mod_ssl-2.4.62\n')[0]?.message.en).toContain('httpd')
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM fedora:40\nONBUILD RUN dnf install -y httpd\n')).toEqual([2])
    expect(linesOf(rule, 'FROM fedora:40\nRUN <<EOF\nmicrodnf install -y httpd\nEOF\n')).toEqual([2])
  })
})
