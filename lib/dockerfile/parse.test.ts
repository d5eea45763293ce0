import { describe, expect, it } from 'vitest'
import { parseDockerfile } from './parse'
import { expandVariables } from './vars'

const kinds = (text: string) => parseDockerfile(text).instructions.map((i) => `${i.keyword}@${i.range.start.line + 1}`)

describe('parseDockerfile: the model', () => {
  it('builds stages with names, expanded base images and platforms', () => {
    const m = parseDockerfile('ARG GO=1.21\nFROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS Build\nRUN go build\nFROM build AS test\nFROM gcr.io/distroless/static-debian12:nonroot@sha256:abc\n')
    expect(m.stages.map((s) => [s.index, s.name, s.rawName, s.image.text, s.baseStage, s.platform])).toEqual([
      [0, 'build', 'Build', 'golang:1.21-alpine', null, '$BUILDPLATFORM'],
      [1, 'test', 'test', 'build', 0, null],
      [2, null, null, 'gcr.io/distroless/static-debian12:nonroot@sha256:abc', null, null],
    ])
    expect(m.stages[2]!.image).toMatchObject({ registry: 'gcr.io', name: 'distroless/static-debian12', tag: 'nonroot', digest: 'sha256:abc' })
    expect(m.globalArgs.map((a) => a.pairs[0]!.key)).toEqual(['GO'])
  })

  it('records stage edges for FROM, COPY --from (name, index, image) and RUN --mount from=', () => {
    const m = parseDockerfile('FROM node:20 AS deps\nFROM node:20 AS build\nRUN --mount=type=bind,from=deps,source=/node_modules,target=/m true\nFROM nginx:1.27\nCOPY --from=1 /app/dist /usr/share/nginx/html\nCOPY --from=busybox:1.36 /bin/busybox /bin/\n')
    expect(m.edges.map((e) => [e.kind, e.from, e.to, e.image, e.paths])).toEqual([
      ['mount', 0, 1, null, ['/node_modules']],
      ['copy', 1, 2, null, ['/app/dist']],
      ['copy', null, 2, 'busybox:1.36', ['/bin/busybox']],
    ])
  })

  it('reads flags with options, JSON form, key-value pairs and ONBUILD triggers', () => {
    const m = parseDockerfile('FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache,sharing=locked echo hi\nCMD ["nginx", "-g", "daemon off;"]\nENV A=1 B="two words"\nENV C d e\nONBUILD RUN apk add git\n')
    const [run, cmd, env1, env2, onbuild] = m.stages[0]!.instructions
    expect(run!.flags[0]).toMatchObject({ name: 'mount', options: { type: 'cache', target: '/root/.cache', sharing: 'locked' } })
    expect(run!.argsText).toBe('echo hi')
    expect(cmd!.json).toEqual(['nginx', '-g', 'daemon off;'])
    expect(env1!.pairs.map((p) => [p.key, p.value])).toEqual([['A', '1'], ['B', 'two words']])
    expect(env1!.legacyKeyValue).toBe(false)
    expect(env2!.legacyKeyValue).toBe(true)
    expect(onbuild!.trigger).toMatchObject({ keyword: 'RUN', argsText: 'apk add git' })
  })

  it('joins line continuations and drops comment lines inside them', () => {
    const m = parseDockerfile('FROM debian:12\nRUN apt-get update \\\n    # tools\n    && apt-get install -y curl\nUSER 1000\n')
    expect(kinds(m.text)).toEqual(['FROM@1', 'RUN@2', 'USER@5'])
    expect(m.stages[0]!.instructions[0]!.argsText.replace(/\s+/g, ' ')).toBe('apt-get update && apt-get install -y curl')
  })

  it('handles CRLF line endings and a BOM', () => {
    expect(kinds('\uFEFFFROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\nCMD ["sh"]\r\n')).toEqual(['FROM@1', 'RUN@2', 'CMD@4'])
  })

  it('honours the escape directive (backtick continuations)', () => {
    const m = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\nWORKDIR c:\\app\n')
    expect(m.escape).toBe('`')
    expect(kinds(m.text)).toEqual(['FROM@2', 'RUN@3', 'WORKDIR@5'])
  })

  it('reads heredocs: <<EOF, <<-EOF, quoted delimiters, several per line and unterminated ones', () => {
    const m = parseDockerfile([
      'FROM alpine:3.20',
      'RUN <<EOF',
      'apk add curl',
      'EOF',
      'RUN <<-"END"',
      '\techo tabbed',
      '\tEND',
      'COPY <<one <<two /dst/',
      'a',
      'one',
      'b',
      'two',
      'RUN <<EOF',
      'echo never closed',
    ].join('\n'))
    expect(kinds(m.text)).toEqual(['FROM@1', 'RUN@2', 'RUN@5', 'COPY@8', 'RUN@13'])
    const [r1, r2, copy, r3] = m.stages[0]!.instructions
    expect(r1!.heredocs).toEqual([{ name: 'EOF', content: 'apk add curl', unterminated: false }])
    expect(r2!.heredocs[0]!.content).toContain('echo tabbed')
    expect(copy!.heredocs.map((h) => h.name)).toEqual(['one', 'two'])
    expect(r3!.heredocs[0]).toMatchObject({ name: 'EOF', unterminated: true })
  })

  it('reads parser directives, comments and pragmas', () => {
    const m = parseDockerfile('# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended;error=true\n# hadolint global ignore=DL3006\nFROM alpine\n# hadolint ignore=DL3018,DL3019\nRUN apk add curl\n# check=skip=UndefinedVar\nENV A=$B\n')
    expect(m.directives.map((d) => [d.name, d.value])).toEqual([['syntax', 'docker/dockerfile:1'], ['check', 'skip=JSONArgsRecommended;error=true']])
    expect([...m.pragmas.global].sort()).toEqual(['DL3006', 'JSONArgsRecommended'])
    expect([...(m.pragmas.byLine.get(5) ?? [])]).toEqual(['DL3018', 'DL3019'])
    expect([...(m.pragmas.byLine.get(7) ?? [])]).toEqual(['UndefinedVar'])
  })

  it('keeps instructions with no arguments and unknown keywords', () => {
    expect(kinds('FROM\nRUN\nBOGUS x\nCMD\n')).toEqual(['FROM@1', 'RUN@2', 'BOGUS@3', 'CMD@4'])
  })
})

describe('parseDockerfile: hostile input never throws', () => {
  const cases: Array<[string, string]> = [
    ['empty file', ''],
    ['only comments', '# just a comment\n# another\n'],
    ['a tab before RUN $x (dockerfile-ast walker overflow)', '\tRUN $x'],
    ['a continuation into a comment with a backslash', 'FROM a\nRUN \\\n#\\AS\n'],
    ['NUL bytes', 'FROM alpine\u0000\nRUN \u0000\u0000'],
    ['invalid UTF-8 decoded with replacement characters', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff, 0xfe, 0x0a, 0xc3]).toString('utf8')],
    ['instructions with no arguments', 'FROM\nCOPY\nADD\nENV\nARG\nUSER\nEXPOSE\nHEALTHCHECK\nONBUILD\nSHELL\n'],
  ]
  it.each(cases)('%s', (_name, text) => {
    const m = parseDockerfile(text)
    expect(Array.isArray(m.instructions)).toBe(true)
  })

  it('parses a 1 MB line', () => {
    const m = parseDockerfile(`FROM alpine:3.20\nRUN echo ${'x'.repeat(1_000_000)}\n`)
    expect(m.instructions).toHaveLength(2)
  })

  it('parses 60k lines', () => {
    const body = Array.from({ length: 30_000 }, (_, i) => `RUN echo ${i}\nENV V${i}=${i}`).join('\n')
    const m = parseDockerfile(`FROM alpine:3.20\n${body}\n`)
    expect(m.instructions).toHaveLength(60_001)
  })

  it('expands 3000-deep nested variable defaults without overflowing', () => {
    const nested = '${a:-'.repeat(3000) + 'x' + '}'.repeat(3000)
    expect(() => expandVariables(nested, () => undefined)).not.toThrow()
    const m = parseDockerfile(`ARG V=${nested}\nFROM alpine:${nested}\nENV X=${nested}\n`)
    expect(m.stages).toHaveLength(1)
  })
})

describe('expandVariables', () => {
  const env: Record<string, string> = { A: 'a', EMPTY: '' }
  const look = (n: string) => env[n]
  it.each([
    ['$A/${A}', 'a/a'],
    ['${MISSING:-dflt}', 'dflt'],
    ['${EMPTY:-dflt}', 'dflt'],
    ['${EMPTY-dflt}', ''],
    ['${A:+alt}', 'alt'],
    ['${MISSING:+alt}', ''],
    ['${MISSING:-${A:-z}}', 'a'],
    ['\\$A', '$A'],
  ])('%s → %s', (input, expected) => {
    expect(expandVariables(input, look).value).toBe(expected)
  })
})
