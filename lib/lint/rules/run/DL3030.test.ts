import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3030'

describe('DL3030', () => {
  it('reports yum install, groupinstall and localinstall without -y', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nRUN yum groupinstall "Development Tools"\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nRUN yum localinstall /tmp/x-1.0.rpm\n')).toEqual([2])
  })
  it('accepts -y, --assumeyes and combined flags', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum install -y httpd-2.4.6\nRUN yum --assumeyes install a-1\nRUN yum -qy install a-1\n')).toEqual([])
  })
  it('ignores other yum commands, and dnf', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum clean all && yum makecache && dnf install x\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM centos:7\nONBUILD RUN yum install httpd\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nRUN <<EOF\nyum install httpd\nEOF\n')).toEqual([2])
  })
  it('quick fix adds -y after the install word and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM centos:7\nRUN yum groupinstall "Development Tools" \\\n && yum install httpd-2.4.6\n')
    expect(fixed).toBe('FROM centos:7\nRUN yum groupinstall -y "Development Tools" \\\n && yum install -y httpd-2.4.6\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
