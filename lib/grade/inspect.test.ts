import { describe, expect, it } from 'vitest'
import { contextFromFiles } from '@/lib/context/build'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { simulateBuild } from '@/lib/simulate/build'
import { entryAt, finalStage, startScript, startWords } from './inspect'

const context = contextFromFiles({
  'package.json': JSON.stringify({ name: 'app', scripts: { start: 'node src/index.js' }, dependencies: { express: '4.21.2' } }),
  'src/index.js': 'console.log(1)\n',
})

function stageOf(dockerfile: string) {
  const stage = finalStage(simulateBuild({ model: parseDockerfile(dockerfile), context }))
  if (!stage) throw new Error('no stage')
  return stage
}
const read = (p: string) => context.files.find((f) => f.path === p)?.content ?? null

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
