import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3025'

describe('DL3025', () => {
  it('reports shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD on their lines', () => {
    const code = 'FROM alpine:3.20\nCMD node server.js\nENTRYPOINT /docker-entrypoint.sh\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'
    expect(linesOf(rule, code)).toEqual([2, 3, 4])
  })
  it('accepts the JSON form, including HEALTHCHECK with flags and HEALTHCHECK NONE', () => {
    const code = 'FROM alpine:3.20\nCMD ["node", "server.js"]\nENTRYPOINT ["/docker-entrypoint.sh"]\nHEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK NONE\n'
    expect(linesOf(rule, code)).toEqual([])
  })
  it('still reports when a SHELL is set, unlike BuildKit alone', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nSHELL ["/bin/sh", "-c"]\nENTRYPOINT exec my-app\n')).toEqual([3])
  })
  it('does not look inside ONBUILD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD CMD node server.js\n')).toEqual([])
  })
  it('handles lowercase keywords and continuation lines', () => {
    expect(linesOf(rule, 'from alpine:3.20\ncmd node \\\n  server.js\n')).toEqual([2])
  })
  it('treats single-quoted arrays as shell form and names the mistake', () => {
    const [finding] = findingsOf(rule, "FROM alpine:3.20\nCMD ['node', 'server.js']\n")
    expect(finding?.message.en).toContain('single quotes')
  })
  it('quick fix splits plain words into a JSON array, respecting quotes', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nCMD node --title "my app" \'it\'\\\'\'s\'\n')
    expect(fixed).toBe('FROM alpine:3.20\nCMD ["node", "--title", "my app", "it\'s"]\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix drops a leading exec, since the exec form already replaces the shell', () => {
    expect(applyFirstFix(rule, 'FROM alpine:3.20\nENTRYPOINT exec my-app --serve\n')).toBe('FROM alpine:3.20\nENTRYPOINT ["my-app", "--serve"]\n')
  })
  it('quick fix wraps commands with shell features in an explicit /bin/sh -c, JSON-escaped', () => {
    const code = 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD curl -f "http://localhost/" || exit 1\n'
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["/bin/sh", "-c", "curl -f \\"http://localhost/\\" || exit 1"]\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix uses /bin/sh -c for variables, redirections, assignments and builtins', () => {
    for (const command of ['echo $HOME', 'app > /tmp/log', 'PORT=80 app', 'cd /app && make', 'app "$PORT"', 'ls *.txt']) {
      const fixed = applyFirstFix(rule, `FROM alpine:3.20\nCMD ${command}\n`)
      expect(fixed).toBe(`FROM alpine:3.20\nCMD ${JSON.stringify(['/bin/sh', '-c', command]).replace(/","/g, '", "')}\n`)
    }
  })
  it('quick fix joins a multi-line command into one JSON array', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nCMD node \\\n  server.js\n')
    expect(fixed).toBe('FROM alpine:3.20\nCMD ["node", "server.js"]\n')
  })
  it('quick fix turns single quotes into double quotes', () => {
    const fixed = applyFirstFix(rule, "FROM alpine:3.20\nENTRYPOINT ['python', 'app.py']\n")
    expect(fixed).toBe('FROM alpine:3.20\nENTRYPOINT ["python", "app.py"]\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('ignores an empty CMD', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCMD\n')).toEqual([])
  })
})
