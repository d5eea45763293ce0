import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3032'

describe('DL3032', () => {
  it('reports yum install without a clean', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n')).toEqual([2])
  })
  it('reports when the first clean comes before the first install', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum clean all && yum install -y httpd-2.4.6\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nRUN yum clean all && yum install -y a-1 && yum clean all\n')).toEqual([2])
  })
  it('accepts yum clean all, or an rm -rf of the cache, after the install', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n')).toEqual([])
    expect(linesOf(rule, 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum\n')).toEqual([])
  })
  it('does not accept a cache mount instead of the clean', () => {
    expect(linesOf(rule, 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n')).toEqual([2])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM centos:7\nONBUILD RUN yum install -y httpd\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nRUN <<EOF\nyum install -y httpd-2.4.6\nyum clean all\nEOF\n')).toEqual([])
  })
})
