import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3038'

describe('DL3038', () => {
  it('reports dnf and microdnf install, groupinstall and localinstall without -y', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n')).toEqual([2])
    expect(linesOf(rule, 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install shadow-utils-4.9\n')).toEqual([2])
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf groupinstall "Development Tools"\nRUN dnf localinstall /tmp/x-1.0.rpm\n')).toEqual([2, 3])
  })
  it('accepts -y and --assumeyes', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\nRUN microdnf --assumeyes install a-1\n')).toEqual([])
  })
  it('ignores other dnf commands, and yum', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf clean all && yum install x\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM fedora:40\nONBUILD RUN dnf install httpd\n')).toEqual([2])
    expect(linesOf(rule, 'FROM fedora:40\nRUN <<EOF\ndnf install httpd\nEOF\n')).toEqual([2])
  })
  it('quick fix adds -y after install and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM fedora:40\nRUN microdnf install shadow-utils-4.9 && microdnf clean all\n')
    expect(fixed).toBe('FROM fedora:40\nRUN microdnf install -y shadow-utils-4.9 && microdnf clean all\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
