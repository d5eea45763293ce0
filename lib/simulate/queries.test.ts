/** Questions the grader, lint rules and the lab ask about a simulated build. */
import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { simulateBuild } from './build'
import {
  anyLayerHas, builtStages, commandExists, commandWords, entriesWithTag, entryAt, finalStage, finalUser, findPath, hasPath, imageHasPath,
  layersWith, runIdentity, runUser, secretsInLayers, simulateModel, startCheck, startCommand, startScript, startWords,
} from './queries'
import type { Tag } from './types'

const context = contextFromFiles({
  'go.mod': 'module example.com/api\n',
  'main.go': 'package main\n',
  'package.json': '{"name":"web","scripts":{"build":"vite build"},"dependencies":{"react":"18"},"devDependencies":{"vite":"5"}}',
  'requirements.txt': 'flask\n',
  'app.py': 'print(1)\n',
  '.npmrc': '//registry.npmjs.org/:_authToken=x\n',
})

const sim = (text: string, target?: string) => simulateBuild({ model: parseDockerfile(text), context, target })

const GO = 'FROM golang:1.21 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/api\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/api /api\nENTRYPOINT ["/api"]\n'
const WEB = 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n'

describe('findPath / imageHasPath', () => {
  it('says which stage and line a path came from, through COPY --from', () => {
    const o = findPath(sim(GO), '/api')
    expect(o).toMatchObject({ certainty: 'known', stage: 1, line: 6, fromBase: false, copiedFrom: { stage: 0, path: '/out/api', line: 4 } })
  })

  it.each([
    ['the nginx web root', WEB, '/usr/share/nginx/html', true],
    ['a file inside a copied build output (known only as a whole)', WEB, '/usr/share/nginx/html/index.html', true],
    ['the nginx binary from the base image', WEB, '/usr/sbin/nginx', true],
    ['node_modules of the build stage, which was not shipped', WEB, '/app/node_modules', false],
    ['the Go toolchain in a distroless image', GO, '/usr/local/go/bin/go', false],
    ['a shell in distroless', GO, '/bin/sh', false],
  ])('%s → %s', (_, text, path, present) => {
    expect(imageHasPath(sim(text), path)).toBe(present)
  })

  it('marks paths inside a whole-directory entry as likely', () => {
    expect(findPath(sim(WEB), '/usr/share/nginx/html/assets/app.js')?.certainty).toBe('likely')
  })

  it('resolves relative paths against WORKDIR and can ask about any stage', () => {
    const r = sim(WEB)
    expect(findPath(r, 'node_modules', 'build')).toMatchObject({ line: 4, stage: 0 })
    expect(findPath(r, '/usr/local/bin/node', 0)?.fromBase).toBe(true)
  })

  it('sees base-image paths removed by a RUN as gone', () => {
    expect(imageHasPath(sim('FROM nginx:1.27-alpine\nRUN rm -rf /usr/share/nginx/html\n'), '/usr/share/nginx/html')).toBe(false)
  })
})

describe('layersWith: tagged paths in ANY layer of the image', () => {
  it.each<[string, string, Tag, boolean]>([
    ['a compiler from a full base image', 'FROM golang:1.21\n', 'compiler', true],
    ['no compiler in golang alpine', 'FROM golang:1.21-alpine\n', 'compiler', false],
    ['the Go toolchain', 'FROM golang:1.21-alpine\n', 'go-toolchain', true],
    ['the Node runtime', 'FROM node:20-slim\n', 'node-runtime', true],
    ['the Node runtime in distroless', 'FROM gcr.io/distroless/nodejs20-debian12\n', 'node-runtime', true],
    ['pip cache without --no-cache-dir', 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n', 'pip-cache', true],
    ['no pip cache with --no-cache-dir', 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n', 'pip-cache', false],
    ['apt lists removed in a later RUN are still in a layer', 'FROM debian:bookworm\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n', 'apt-lists', true],
    ['apt lists removed in the same RUN are not', 'FROM debian:bookworm\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n', 'apt-lists', false],
    ['a compiler installed then purged in a later RUN', 'FROM debian:bookworm-slim\nRUN apt-get install -y build-essential\nRUN apt-get purge -y build-essential\n', 'compiler', true],
    ['dev dependencies', 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\n', 'dev-dependencies', true],
    ['no dev dependencies with --omit=dev', 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm ci --omit=dev\n', 'dev-dependencies', false],
  ])('%s → %s: %s', (_, text, tag, present) => {
    expect(anyLayerHas(sim(text), tag)).toBe(present)
  })

  it('says whether the tagged path is still visible', () => {
    const [lists] = layersWith(sim('FROM debian:bookworm\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n'), 'apt-lists')
    expect(lists).toMatchObject({ path: '/var/lib/apt/lists', line: 2, visible: false })
  })

  it('finds a secret copied from the context and one written by RUN', () => {
    expect(secretsInLayers(sim('FROM node:20-alpine\nCOPY .npmrc /root/.npmrc\nRUN npm ci && rm /root/.npmrc\n')).map((s) => s.path)).toEqual(['/root/.npmrc'])
    expect(secretsInLayers(sim('FROM node:20-alpine\nRUN echo "//r/:_authToken=$T" > /root/.npmrc\n')).map((s) => s.line)).toEqual([2])
  })
})

describe('startCheck: does ENTRYPOINT/CMD start an existing file?', () => {
  it.each([
    ['a static binary copied into distroless', GO, true],
    ['node with a built script', 'FROM node:20-alpine AS b\nWORKDIR /app\nCOPY package.json .\nRUN npm ci && npm run build\nFROM node:20-alpine\nWORKDIR /app\nCOPY --from=b /app/dist ./dist\nCMD ["node", "dist/index.js"]\n', true],
    ['node with a script that was never copied', 'FROM node:20-alpine\nWORKDIR /app\nCMD ["node", "dist/index.js"]\n', false],
    ['a binary that is not there', 'FROM alpine:3.19\nENTRYPOINT ["/app"]\n', false],
    ['shell form on distroless (no /bin/sh)', 'FROM gcr.io/distroless/static-debian12\nCOPY main.go /main.go\nCMD /main.go\n', false],
    ['the base image\'s own CMD (nginx)', 'FROM nginx:1.27-alpine\n', true],
    ['a PATH command from a package', 'FROM alpine:3.19\nRUN apk add --no-cache curl\nENTRYPOINT ["curl"]\n', true],
  ])('%s → %s', (_, text, ok) => {
    expect(startCheck(sim(text)).ok).toBe(ok)
  })

  it('explains which part is missing', () => {
    const c = startCheck(sim('FROM gcr.io/distroless/static-debian12\nCOPY main.go /main.go\nCMD /main.go\n'))
    expect(c).toMatchObject({ shellForm: true, shellExists: false, program: '/main.go', programExists: true })
  })
})

describe('finalUser', () => {
  it.each([
    ['distroless :nonroot runs as nonroot', GO, 'nonroot', true, false],
    ['a user created by RUN', 'FROM alpine:3.19\nRUN adduser -D -u 10001 app\nUSER app\n', 'app', true, false],
    ['a user that does not exist', 'FROM alpine:3.19\nUSER app\n', 'app', false, false],
    ['root by default', 'FROM node:20-alpine\n', 'root', true, true],
    ['a numeric uid', 'FROM alpine:3.19\nUSER 10001\n', '10001', true, false],
    ['USER inherited from a base stage', 'FROM node:20-alpine AS base\nUSER node\nFROM base\n', 'node', true, false],
  ])('%s', (_, text, user, exists, isRoot) => {
    expect(finalUser(sim(text))).toMatchObject({ user, exists, isRoot })
  })

  it('points at the USER line', () => {
    expect(finalUser(sim('FROM alpine:3.19\nRUN adduser -D app\nUSER app\n')).line).toBe(3)
  })
})

describe('builtStages and commandExists', () => {
  it('lists the stages --target builds', () => {
    const text = 'FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\nCOPY --from=b /x /x\nFROM alpine AS d\n'
    expect(builtStages(sim(text, 'c'))).toEqual(['a', 'b', 'c'])
    expect(builtStages(sim(text))).toEqual(['d'])
  })

  it.each([
    ['FROM alpine:3.19\n', 'wget', true],
    ['FROM alpine:3.19\n', 'curl', false],
    ['FROM alpine:3.19\nRUN apk add --no-cache curl\n', 'curl', true],
    ['FROM gcr.io/distroless/static-debian12\n', 'sh', false],
    ['FROM node:20-alpine\n', 'npm', true],
  ])('%s has %s: %s', (text, command, present) => {
    expect(commandExists(sim(text), command)).toBe(present)
  })

  it('simulateModel memoizes per model', () => {
    const model = parseDockerfile('FROM alpine:3.19\n')
    expect(simulateModel(model)).toBe(simulateModel(model))
  })
})

// Stage-level questions, as exercise checks ask them of the final stage.
const app = contextFromFiles({
  'package.json': JSON.stringify({ name: 'app', scripts: { start: 'node src/index.js' }, dependencies: { express: '4.21.2' } }),
  'src/index.js': 'console.log(1)\n',
})

function stageOf(dockerfile: string) {
  const stage = finalStage(simulateBuild({ model: parseDockerfile(dockerfile), context: app }))
  if (!stage) throw new Error('no stage')
  return stage
}
const read = (p: string) => app.files.find((f) => f.path === p)?.content ?? null

describe('startWords', () => {
  it('joins exec-form ENTRYPOINT and CMD', () => {
    expect(startWords(stageOf('FROM python:3.12-slim\nENTRYPOINT ["python", "app.py"]\nCMD ["--port", "8080"]\n'))).toEqual(['python', 'app.py', '--port', '8080'])
  })
  it('reads the words of a shell-form command, without exec', () => {
    expect(startWords(stageOf('FROM python:3.12-slim\nCMD exec python app.py --port 8080\n'))).toEqual(['python', 'app.py', '--port', '8080'])
  })
  it('includes an ENTRYPOINT inherited from the base image', () => {
    expect(startWords(stageOf('FROM node:20-slim\nCMD ["node", "src/index.js"]\n'))).toEqual(['docker-entrypoint.sh', 'node', 'src/index.js'])
  })
  it('commandWords goes past init wrappers and sh -c', () => {
    expect(commandWords(stageOf('FROM node:20-slim\nCMD npm run dev\n'))).toEqual(['npm', 'run', 'dev'])
    expect(commandWords(stageOf('FROM node:20-slim\nENTRYPOINT ["tini", "-g", "--"]\nCMD ["node", "a.js"]\n'))).toEqual(['node', 'a.js'])
  })
})

describe('startScript', () => {
  it('reads through the shell an exec ENTRYPOINT hands a shell-form CMD to (docker-entrypoint.sh /bin/sh -c "npm start")', () => {
    const s = startScript(stageOf('FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD npm start\n'), read)
    expect(s).toMatchObject({ path: '/app/src/index.js', exists: true, via: 'package.json' })
  })
  it('resolves the script against WORKDIR and finds the copied file', () => {
    const s = startScript(stageOf('FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "src/index.js"]\n'))
    expect(s).toMatchObject({ arg: 'src/index.js', path: '/app/src/index.js', exists: true, via: 'argv' })
  })
  it('does not count an empty WORKDIR as holding the script', () => {
    const stage = stageOf('FROM node:20-slim\nWORKDIR /app\nCOPY package.json ./\nCMD ["node", "src/index.js"]\n')
    expect(entryAt(stage, '/app/src/index.js')).toBeUndefined()
    expect(startScript(stage)?.exists).toBe(false)
  })
  it('follows npm start to package.json\'s start script', () => {
    const s = startScript(stageOf('FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["npm", "start"]\n'), read)
    expect(s).toMatchObject({ arg: 'src/index.js', exists: true, via: 'package.json' })
  })
  it('returns null when nothing names a script', () => {
    expect(startScript(stageOf('FROM node:20-slim\nCMD ["node"]\n'), read)).toBeNull()
  })
})

describe('one path lookup for every question', () => {
  const FLAT = 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build\nFROM node:20-alpine\nWORKDIR /app\nCOPY --from=build /app/dist ./\n'

  it('does not look for dist/ inside a directory that holds its contents (COPY --from=build /app/dist ./)', () => {
    const r = sim(FLAT)
    expect(findPath(r, '/app/dist/index.js')).toBeNull()
    expect(findPath(r, '/app/index.js')?.certainty).toBe('likely')
    expect(entryAt(finalStage(r)!, '/app/dist/index.js')).toBeUndefined()
  })

  it('sees a directory through the entries below it, and base files under a removed directory as gone', () => {
    const stage = finalStage(sim('FROM nginx:1.27-alpine\nCOPY package.json /srv/web/\nRUN rm -rf /usr/share/nginx/html\n'))!
    expect(hasPath(stage, '/srv/web')).toBe(true)
    expect(entryAt(stage, '/srv/web')).toBeUndefined()
    expect(hasPath(stage, '/usr/share/nginx/html/index.html')).toBe(false)
  })
})

describe('startCommand', () => {
  it('names the program of a shell form, not its shell, and checks the shell apart', () => {
    const start = startCommand(stageOf('FROM gcr.io/distroless/static-debian12\nCOPY package.json /server\nENTRYPOINT /server\n'))
    expect(start).toMatchObject({ program: '/server', resolved: '/server', exists: true, shellForm: true, shellExists: false, canStart: false })
  })
  it('resolves a bare name on PATH and a path relative to WORKDIR', () => {
    expect(startCommand(stageOf('FROM alpine:3.19\nRUN apk add --no-cache curl\nENTRYPOINT ["curl"]\n')).exists).toBe(true)
    expect(startCommand(stageOf('FROM alpine:3.19\nWORKDIR /app\nCOPY package.json ./run\nCMD ["./run"]\n')).resolved).toBe('/app/run')
  })
  it('drops CMD after a shell-form ENTRYPOINT, as Docker does', () => {
    expect(startCommand(stageOf('FROM alpine:3.19\nENTRYPOINT echo hi\nCMD ["x"]\n')).argv).toEqual(['/bin/sh', '-c', 'echo hi'])
  })
})

describe('runUser / runIdentity / entriesWithTag', () => {
  it('splits USER user:group and knows the user the stage created', () => {
    const stage = stageOf('FROM alpine:3.19\nRUN addgroup -S web && adduser -S -G web -u 10001 app\nUSER app:web\n')
    expect(runUser(stage)).toMatchObject({ user: 'app', group: 'web', uid: 10001, exists: true, isRoot: false })
    expect(runIdentity(stage)).toMatchObject({ aliases: ['app', '10001'], groups: ['web'], root: false })
  })
  it('finds tagged entries of the base image and of later layers, deleted or not', () => {
    const stage = finalStage(sim('FROM golang:1.21\nCOPY .npmrc /root/.npmrc\nRUN rm /root/.npmrc\n'))!
    expect(entriesWithTag(stage, ['compiler'])[0]).toMatchObject({ fromBase: true })
    expect(entriesWithTag(stage, ['secret'])).toMatchObject([{ path: '/root/.npmrc', line: 2, fromBase: false, visible: false }])
  })
})
