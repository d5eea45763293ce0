import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3016'

const lines = (run: string) => linesOf(rule, `FROM node:20\nRUN ${run}\n`)

describe('DL3016', () => {
  it('reports npm install of an unpinned package', () => {
    expect(lines('npm install -g typescript')).toEqual([2])
    expect(lines('npm install express@4.19.2 lodash')).toEqual([2])
  })
  it('accepts versions, tags and scoped packages with a version', () => {
    expect(lines('npm install -g typescript@5.5.4 @types/node@20.14.0 npm@latest')).toEqual([])
    expect(lines('npm install @types/node')).toEqual([2])
  })
  it('accepts git URLs with #ref, tarballs and local folders, but not git URLs without a ref', () => {
    expect(lines('npm install git+https://github.com/org/repo.git#v1.0.0 ./pkg.tgz /tmp/lib.tar.gz ../shared ~/x')).toEqual([])
    expect(lines('npm install git+https://github.com/org/repo.git')).toEqual([2])
  })
  it('does not check npm install without packages, npm ci or npm i', () => {
    expect(lines('npm install')).toEqual([])
    expect(lines('npm ci')).toEqual([])
    expect(lines('npm i express')).toEqual([])
  })
  it('checks only when install is the first non-flag word', () => {
    expect(lines('npm --prefix /app install express')).toEqual([])
    expect(lines('npm --loglevel warn install express')).toEqual([2])
    expect(lines('npm --registry https://registry.example.com install express')).toEqual([2])
  })
  it('names the unpinned packages in the message', () => {
    expect(findingsOf(rule, 'FROM node:20\nRUN npm install -g pnpm yarn@1.22.22 serve\n')[0]?.message.en).toContain('pnpm, serve')
  })
  it('looks inside ONBUILD, heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM node:20\nONBUILD RUN npm install -g typescript\n')).toEqual([2])
    expect(linesOf(rule, 'FROM node:20\nRUN <<EOF\nnpm install -g typescript\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM node:20\nRUN ["npm", "install", "-g", "typescript"]\n')).toEqual([2])
  })
})
