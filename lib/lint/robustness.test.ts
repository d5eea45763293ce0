import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint } from './engine'
import type { Finding } from './rule'

const SEVERITIES = new Set(['error', 'warning', 'info', 'style'])

function wellFormed(findings: Finding[]): boolean {
  return findings.every((f) =>
    typeof f.rule === 'string' && f.rule.length > 0 && SEVERITIES.has(f.severity) &&
    f.range.start.line >= 0 && f.range.start.character >= 0 && f.range.end.line >= f.range.start.line &&
    typeof f.message.es === 'string' && typeof f.message.en === 'string')
}

const TOKENS = [
  'FROM', 'from', 'AS', 'as', 'RUN', 'CMD', 'ENTRYPOINT', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'USER', 'WORKDIR',
  'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'STOPSIGNAL', 'MAINTAINER', 'alpine:3.20', 'node:20', 'scratch',
  'build', '0', '--from=build', '--from=0', '--mount=type=cache,target=/x', '--platform=$BUILDPLATFORM', '--chown=1:1',
  '$x', '${x}', '${a:-${b}}', '"', "'", '[', ']', '["a",', '"b"]', '\\', '\\\n', '\n', '\t', ' ', '<<EOF', 'EOF', '<<-X',
  '&&', '||', '|', ';', '$(', ')', '`', '#', '# hadolint ignore=DL3020', '# escape=`', '`', '=', 'apt-get', 'install',
  'update', '-y', 'rm', '-rf', '/var/lib/apt/lists/*', 'npm', 'ci', 'pip', 'apk', 'add', '.', '/app', 'root', '0:0',
]
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(' '))
const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8'))
const latin1 = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1'))

describe('lint never throws and always returns well-formed findings', () => {
  it.each([
    ['Dockerfile-token soup', tokenSoup],
    ['random Unicode', fc.string({ unit: 'grapheme', maxLength: 300 })],
    ['random bytes as UTF-8', bytes],
    ['random bytes as Latin-1', latin1],
  ])('%s', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary as fc.Arbitrary<string>, (text) => {
      const findings = lint(text)
      expect(Array.isArray(findings)).toBe(true)
      expect(wellFormed(findings)).toBe(true)
      expect(findings.filter((f) => f.rule === 'AnalyzerError')).toEqual([])
    }), { numRuns: 300 })
  })
})
