import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3010'

describe('DL3010', () => {
  it('reports the COPY of an archive that a later RUN extracts with tar', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo && tar -xf packaged-app.tar\n')).toEqual([2])
  })
  it('matches the destination name when the COPY renames the archive', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n')).toEqual([2])
  })
  it('understands Windows paths (with the backtick escape)', () => {
    expect(linesOf(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY build\\foo\\bar.tar.gz C:\\app\\\nRUN tar -xf "C:\\app\\bar.tar.gz"\n')).toEqual([3])
    expect(linesOf(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY build\\bar.tar.gz C:\\app\\foo.tar.gz\nRUN tar -xf foo.tar.gz\n')).toEqual([3])
  })
  it('recognises tar --extract/--get and the other extractors', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nRUN tar --extract --file /tmp/a.tar\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nRUN tar --get -f /tmp/a.tar\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nCOPY data.xz /tmp/\nRUN unxz /tmp/data.xz\n')).toEqual([2])
  })
  it('does not report an archive that is never extracted, or listed but not extracted', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY app.tar.gz /srv/\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -tf /tmp/app.tar.gz\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz\n')).toEqual([])
  })
  it('only looks at later RUNs of the same stage', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN tar -xf /tmp/a.tar\nCOPY a.tar /tmp/\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nFROM debian:12\nRUN tar -xf /tmp/a.tar\n')).toEqual([])
  })
  it('ignores COPY --from, non-archives and zip files', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY --from=builder /out/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nCOPY package.json /app/\nRUN tar -xf /app/package.json\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nCOPY site.zip /tmp/\nRUN unzip /tmp/site.zip\n')).toEqual([])
  })
  it('reports each COPY once, names the archive, and works without FROM and with lowercase keywords', () => {
    const code = 'copy a.tar /tmp/\nrun tar -xf /tmp/a.tar\nrun tar -xf /tmp/a.tar -C /opt\n'
    expect(linesOf(rule, code)).toEqual([1])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('a.tar')
  })
  it('sees extraction in heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nRUN <<EOF\ntar -xf /tmp/a.tar\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nCOPY a.tar /tmp/\nRUN ["tar", "-xf", "/tmp/a.tar"]\n')).toEqual([2])
  })
})
