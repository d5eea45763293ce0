import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3033'

const lines = (run: string, before = '') => linesOf(rule, `FROM centos:7\n${before}RUN ${run}\n`)

describe('DL3033', () => {
  it('reports yum install of a package without a version', () => {
    expect(lines('yum install -y tomcat && yum clean all')).toEqual([2])
    expect(lines('yum install -y httpd-devel')).toEqual([2])
  })
  it('accepts name-version, with epochs, dashes and plus signs in the name, and rpm files', () => {
    expect(lines('yum install -y tomcat-9.2 openssl-1:1.1.1k rpm-sign-4.16.1.3 gcc-c++-1.1.1 ./x.rpm && yum clean all')).toEqual([])
  })
  it('requires name:stream for yum module install', () => {
    expect(lines('yum module install -y tomcat && yum clean all')).toEqual([2])
    expect(lines('yum module install -y tomcat:9 && yum clean all')).toEqual([])
  })
  it('accepts a version from an ARG or ENV declared earlier, global ARGs included', () => {
    expect(lines('yum install -y "git-core-${GIT_VER}"', 'ARG GIT_VER=2.43.0\n')).toEqual([])
    expect(lines('yum install -y tomcat-$VERSION', 'ENV VERSION=9.2\n')).toEqual([])
    expect(linesOf(rule, 'ARG V=2.4.6\nFROM centos:7\nRUN yum install -y httpd-${V}\n')).toEqual([])
  })
  it('reports a version from a variable that was never declared', () => {
    expect(lines('yum install -y "httpd-${HTTPD_VERSION}"')).toEqual([2])
  })
  it('ignores commands that are not yum install', () => {
    expect(lines('yum clean all && dnf install -y tomcat && bash -c `# not even a yum command`')).toEqual([])
  })
  it('names the unpinned packages in the message', () => {
    expect(findingsOf(rule, 'FROM centos:7\nRUN yum install -y httpd-2.4.6 mod_ssl php\n')[0]?.message.en).toContain('mod_ssl, php')
  })
  it('looks inside ONBUILD (with variables declared before it) and heredocs', () => {
    expect(linesOf(rule, 'FROM centos:7\nONBUILD RUN yum install -y tomcat\n')).toEqual([2])
    expect(linesOf(rule, 'FROM centos:7\nARG V=9.2\nONBUILD RUN yum install -y tomcat-${V}\n')).toEqual([])
    expect(linesOf(rule, 'FROM centos:7\nRUN <<EOF\nyum install -y tomcat\nEOF\n')).toEqual([2])
  })
})
