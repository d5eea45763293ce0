import { describe, expect, it } from 'vitest'
import { listExamples, loadExample } from '@/lib/content/examples'
import { realisticDockerfile } from '@/lib/fixtures/realistic'
import { allRules } from '@/lib/lint/rules'
import { MULTISTAGE_100 } from '@/lib/simulate/fixtures/multistage'
import { parseDockerfile, readWithDockerfileAst } from './parse'
import { readSimpleLine } from './simple-line'

/** Lines that poke at the edges of what the fast reader accepts. */
const TRICKY = [
  'RUN a--b --x', 'RUN --mount=type=cache,target=/root/.cache,sharing=locked pip install x', 'RUN --mount=type=bind,,x=1 true',
  'RUN --mount=a,b true', 'RUN --network=none --security=insecure make', 'COPY --from=build --chown=1000:1000 --chmod=755 /out/app /usr/local/bin/',
  'COPY --link . .', 'ADD --checksum=sha256:abc https://example.com/x.tar.gz /x/', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'from alpine as base', 'FROM scratch', '  RUN   echo   hi   ', 'RUN\techo\ttab', 'RUN echo # not a comment', 'RUN echo $HOME ${PATH:-/bin}',
  'EXPOSE 80/tcp 443/udp', 'ARG A B=2 C=', 'ARG VERSION=1.2.3', 'USER 1000:1000', 'WORKDIR /app', 'STOPSIGNAL SIGTERM', 'VOLUME /data /logs',
  'CMD node server.js', 'ENTRYPOINT /entry.sh run', 'RUN', 'FROM', 'COPY --from=', 'RUN --', 'RUN -- echo', 'RUN echo -- a', 'RUN echo a=b,c=d',
  'CMD []', 'CMD [ a ]', 'RUN apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*', 'COPY --chown=node:node package*.json ./',
  'RUN go build -o /out/app ./cmd/app # edit 3', 'FROM node:20 AS', 'FROM node:20 AS build extra', 'ADD a b', 'COPY a', 'ARG', 'RUN cat <<EOF',
  'RUN echo "quoted"', "RUN echo 'single'", 'RUN echo \\', 'RUN echo `date`', 'LABEL a=b', 'ENV A=1', 'ENV A=1 B=$A PATH=/x:$PATH', 'ENV A', 'ENV A 1', 'ENV A= B=""', 'ENV =x', 'LABEL a=b c="d" e=', 'LABEL a="b c"', 'LABEL a="b"c"', "LABEL a='b'",
  'LABEL org.opencontainers.image.title="deps0"', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'ENTRYPOINT ["/app"]', 'VOLUME ["/data"]', 'CMD ["a", 1]', 'CMD [ ]', 'CMD [', 'HEALTHCHECK CMD true', 'ONBUILD RUN x',
  'RUN echo ñ', 'MAINTAINER someone', 'RUN echo\r', 'RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci',
]

function corpus(): string[] {
  const texts = [realisticDockerfile(300), MULTISTAGE_100, ...listExamples().map((name) => loadExample(name).dockerfile)]
  for (const rule of allRules) for (const e of [...rule.meta.examples.bad, ...rule.meta.examples.good]) texts.push(e.code)
  const lines = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
  return [...new Set([...lines, ...TRICKY])]
}

describe('the fast one-line reader', () => {
  const lines = corpus()

  it('reads every line it accepts exactly as dockerfile-ast does', () => {
    let accepted = 0
    for (const line of lines) {
      const fast = readSimpleLine(line, 0, '\\')
      if (!fast) continue
      accepted++
      const slow = readWithDockerfileAst(line)
      expect(slow, line).toHaveLength(1)
      expect(fast, line).toEqual(slow[0])
    }
    // Most real lines take the fast path; the test would prove little otherwise.
    expect(accepted / lines.length).toBeGreaterThan(0.5)
  })

  it('leaves escaped, heredoc, legacy or single-quoted property, quoted ARG and non-ASCII lines to dockerfile-ast', () => {
    for (const line of ['ARG A="x y"', 'ENV A', 'ENV A 1', "LABEL a='b'", 'LABEL a="b"c"', 'RUN echo \\', 'RUN cat <<EOF', 'ONBUILD RUN x', 'HEALTHCHECK CMD true', 'RUN echo ñ', 'RUN a--b --x']) {
      expect(readSimpleLine(line, 0, '\\'), line).toBeNull()
    }
    expect(readSimpleLine('RUN echo hi', 0, '`'), 'backtick escape').toBeNull()
  })

  it('places a line read fast at its line in the file', () => {
    const model = parseDockerfile('FROM alpine:3.20\n\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n')
    const run = model.instructions[1]!
    expect(run.range.start.line).toBe(2)
    expect(run.flags[0]).toMatchObject({ name: 'mount', options: { type: 'cache', target: '/var/cache/apk' } })
    expect(run.args.map((a) => a.value)).toEqual(['apk', 'add', 'curl'])
    expect(run.args[0]!.range.start).toEqual({ line: 2, character: 45 })
  })
})
