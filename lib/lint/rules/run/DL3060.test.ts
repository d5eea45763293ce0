import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3060'

describe('DL3060', () => {
  it('reports yarn install without yarn cache clean in the last stage', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN yarn install\n')).toEqual([2])
  })
  it('accepts yarn cache clean after the install, but not before it', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:20\nRUN yarn cache clean && yarn install\n')).toEqual([2])
  })
  it('accepts a cache or tmpfs mount on the yarn cache', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n')).toEqual([])
  })
  it('ignores other yarn commands', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN yarn build && yarn add left-pad\n')).toEqual([])
  })
  it('reports only in the last stage or a stage used as a FROM base', () => {
    expect(linesOf(rule, 'FROM node:20 AS deps\nRUN yarn install\nFROM node:20-alpine\nCOPY --from=deps /app /app\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:20 AS deps\nRUN yarn install\nFROM deps\nRUN yarn build\n')).toEqual([2])
  })
  it('reports ONBUILD RUNs in any stage, as hadolint', () => {
    expect(linesOf(rule, 'FROM node:20 AS base\nONBUILD RUN yarn install\nFROM nginx:1.27\n')).toEqual([2])
  })
  it('sees yarn in heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN <<EOF\nyarn install\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM node:20\nRUN ["yarn", "install"]\n')).toEqual([2])
  })
})
