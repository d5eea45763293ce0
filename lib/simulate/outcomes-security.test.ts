/**
 * Simulator outcomes the security and advanced-strategy exercises rely on: ownership and modes
 * (COPY --chown/--chmod, chown/chmod), static Go binaries, credentials written by `npm config set`,
 * and command-prefix assignments (`CGO_ENABLED=0 go build`, `NODE_ENV=production npm ci`).
 */
import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { parseShell } from '@/lib/shell/parse'
import { simulateBuild } from './build'
import { applyChmod, applyChown, permits } from './perms'

const context = contextFromFiles({
  'package.json': JSON.stringify({ name: 'app', dependencies: { express: '4.21.2' }, devDependencies: { nodemon: '3.1.7' } }),
  'package-lock.json': '{}',
  'app.py': 'print(1)\n',
  'settings.toml': 'port = 8000\n',
  'go.mod': 'module example.com/status\n\ngo 1.22\n',
  'main.go': 'package main\n\nfunc main() {}\n',
})

function finalStage(dockerfile: string) {
  const result = simulateBuild({ model: parseDockerfile(dockerfile), context })
  return result.stages[result.target!]!
}

describe('ownership and permission bits', () => {
  it('COPY --chown=<user> gives the files to that user and the group with the same name', () => {
    const fs = finalStage('FROM python:3.12-slim\nRUN useradd app\nCOPY --chown=app app.py /srv/\n').fs
    expect(fs.get('/srv/app.py')?.owner).toBe('app:app')
  })

  it('COPY --chmod sets the mode; without it the entry keeps the default (no mode recorded)', () => {
    const fs = finalStage('FROM python:3.12-slim\nCOPY --chmod=600 settings.toml /srv/\nCOPY app.py /srv/\n').fs
    expect(fs.get('/srv/settings.toml')?.mode).toBe(0o600)
    expect(fs.get('/srv/app.py')?.mode).toBeUndefined()
  })

  it('chown/chmod in a later RUN copy the files up with the new owner and mode', () => {
    const stage = finalStage('FROM python:3.12-slim\nCOPY --chmod=600 settings.toml /srv/\nRUN chown -R 10001:10001 /srv && chmod go-rwx /srv/settings.toml\n')
    const entry = stage.fs.get('/srv/settings.toml')!
    expect(entry.owner).toBe('10001:10001')
    expect(entry.mode).toBe(0o600)
    expect(entry.layer).toBe(stage.layers[stage.layers.length - 1]!.id)
  })

  it('mkdir && chown in one RUN change the new directory in place', () => {
    const stage = finalStage('FROM python:3.12-slim\nRUN mkdir -p /data && chown app:app /data\n')
    expect(stage.fs.get('/data')?.owner).toBe('app:app')
  })

  it('COPY --from keeps the owner and mode the files had in the other stage', () => {
    const fs = finalStage('FROM python:3.12-slim AS build\nCOPY --chmod=640 --chown=1000:1000 settings.toml /srv/\nFROM python:3.12-slim\nCOPY --from=build /srv/settings.toml /etc/app/\n').fs
    expect(fs.get('/etc/app/settings.toml')).toMatchObject({ owner: '1000:1000', mode: 0o640 })
  })

  it('reads octal and symbolic modes and chown forms like chmod/chown do', () => {
    expect(applyChmod(undefined, '0750', true)).toBe(0o750)
    expect(applyChmod(0o600, 'a+r', false)).toBe(0o644)
    expect(applyChmod(undefined, 'u=rwX,go=', true)).toBe(0o700)
    expect(applyChmod(undefined, 'nonsense', false)).toBeNull()
    expect(applyChown('app:app', ':staff', false)).toBe('app:staff')
    expect(applyChown(undefined, 'app', false)).toBe('app:root')
    expect(applyChown(undefined, 'app:', false)).toBe('app:app')
  })

  it('grants read by owner, group and other bits; root reads everything', () => {
    const who = { aliases: ['app', '10001'], groups: ['app', '10001'], root: false }
    expect(permits({ kind: 'file', mode: 0o600 }, who, 4)).toBe(false)
    expect(permits({ kind: 'file', mode: 0o600, owner: '10001:10001' }, who, 4)).toBe(true)
    expect(permits({ kind: 'file', mode: 0o640, owner: 'root:app' }, who, 4)).toBe(true)
    expect(permits({ kind: 'file', mode: 0o600 }, { aliases: ['root', '0'], groups: [], root: true }, 4)).toBe(true)
  })
})

describe('static Go binaries', () => {
  const build = (from: string, run: string) => finalStage(`FROM ${from}\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`).fs.get('/out/status')

  it('CGO_ENABLED=0 before go build makes a static binary', () => {
    expect(build('golang:1.22-bookworm', 'CGO_ENABLED=0 go build -o /out/status .')?.tags).toContain('static')
  })

  it('with cgo on (golang:<version> has gcc) the binary links libc dynamically', () => {
    expect(build('golang:1.22-bookworm', 'go build -o /out/status .')?.tags).not.toContain('static')
  })

  it('without a C compiler (golang:*-alpine) Go builds static binaries by default', () => {
    expect(build('golang:1.22-alpine', 'go build -o /out/status .')?.tags).toContain('static')
  })

  it('an explicit CGO_ENABLED=1 wins over the missing compiler', () => {
    expect(build('golang:1.22-alpine', 'CGO_ENABLED=1 go build -o /out/status .')?.tags).not.toContain('static')
  })
})

describe('credentials and assignments before a command', () => {
  it('npm config set of an auth token writes it into ~/.npmrc, tagged as a secret', () => {
    const stage = finalStage('FROM node:20-slim\nWORKDIR /app\nRUN npm config set //npm.pkg.github.com/:_authToken "$NPM_TOKEN" && npm ci\n')
    expect(stage.fs.get('/root/.npmrc')?.tags).toContain('secret')
  })

  it('npm config delete in the same RUN leaves no credential in the layer', () => {
    const stage = finalStage('FROM node:20-slim\nWORKDIR /app\nRUN npm config set //npm.pkg.github.com/:_authToken "$NPM_TOKEN" && npm ci && npm config delete //npm.pkg.github.com/:_authToken\n')
    expect(stage.layers.flatMap((l) => l.adds).some((e) => e.tags.includes('secret'))).toBe(false)
  })

  it('a file written by a redirection and removed later in the same RUN leaves nothing (redirections run in order)', () => {
    const stage = finalStage('FROM node:20-slim\nWORKDIR /app\nRUN echo "//npm.pkg.github.com/:_authToken=$T" > .npmrc && npm ci && rm -f .npmrc\n')
    expect(stage.layers.flatMap((l) => l.adds).some((e) => e.path === '/app/.npmrc')).toBe(false)
    const kept = finalStage('FROM node:20-slim\nWORKDIR /app\nRUN rm -f .npmrc && echo "//npm.pkg.github.com/:_authToken=$T" > .npmrc && npm ci\n')
    expect(kept.fs.get('/app/.npmrc')?.tags).toContain('secret')
  })

  it('NODE_ENV=production before npm ci installs production dependencies only', () => {
    const stage = finalStage('FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN NODE_ENV=production npm ci\n')
    expect(stage.fs.get('/app/node_modules')?.tags).not.toContain('dev-dependencies')
  })

  it('the shell reader keeps assignments written before a command', () => {
    expect(parseShell('CGO_ENABLED=0 GOOS=linux go build .').commands[0]?.env).toEqual({ CGO_ENABLED: '0', GOOS: 'linux' })
    expect(parseShell('go build .').commands[0]?.env).toBeUndefined()
  })
})
