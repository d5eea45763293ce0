import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3023'

describe('DL3023', () => {
  it('reports COPY --from of its own stage', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nCOPY --from=build /app/dist /srv\n')).toEqual([2])
  })
  it('accepts copying from another stage', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n')).toEqual([])
  })
  it('compares names case-insensitively', () => {
    expect(linesOf(rule, 'FROM node:20 AS Build\ncopy --from=BUILD /a /b\n')).toEqual([2])
  })
  it('does not detect numeric self-references, as hadolint', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nCOPY --from=0 /a /b\n')).toEqual([])
  })
  it('ignores unnamed stages and ONBUILD', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY --from=x /a /b\nFROM node:20 AS y\nONBUILD COPY --from=y /a /b\n')).toEqual([])
  })
})
