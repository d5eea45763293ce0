import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3040'

describe('DL3040', () => {
  it('reports dnf or microdnf installs and upgrades without a later clean', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n')).toEqual([2])
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf upgrade -y\nRUN microdnf reinstall -y tzdata\nRUN dnf in -y x-1\n')).toEqual([2, 3, 4])
  })
  it('reports a clean that comes before the install', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf clean all && dnf install -y httpd-2.4.62\n')).toEqual([2])
  })
  it('accepts a clean of the same tool, or an rm -rf, after the install', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n')).toEqual([])
    expect(linesOf(rule, 'FROM fedora:40\nRUN microdnf install -y a-1 && microdnf clean all\n')).toEqual([])
    expect(linesOf(rule, 'FROM fedora:40\nRUN dnf install -y a-1 && rm -rf /var/cache/libdnf5\n')).toEqual([])
  })
  it('requires each tool to clean its own cache', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN microdnf install -y a-1 && dnf clean all\n')).toEqual([2])
  })
  it('accepts a cache or tmpfs mount on the libdnf5 cache', () => {
    expect(linesOf(rule, 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd-2.4.62\n')).toEqual([])
    expect(linesOf(rule, 'FROM fedora:40\nRUN --mount=type=tmpfs,target=/root/.cache/libdnf5 dnf install -y httpd-2.4.62\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM fedora:40\nONBUILD RUN dnf install -y httpd\n')).toEqual([2])
    expect(linesOf(rule, 'FROM fedora:40\nRUN <<EOF\ndnf install -y httpd\nEOF\n')).toEqual([2])
  })
})
