import { describe, expect, it } from 'vitest'
import { applyFirstFix, linesOf } from '../../testing'
import rule from './DL3021'

describe('DL3021', () => {
  it('reports a multi-source COPY whose destination does not end in /', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY package.json package-lock.json /app\n')).toEqual([2])
  })
  it('accepts a destination ending in /, and a single source', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY package.json package-lock.json /app/\nCOPY *.json /app\nCOPY a /b\n')).toEqual([])
  })
  it('strips quotes and checks the JSON form', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY a b "/app/"\nCOPY ["a", "b", "/app"]\n')).toEqual([3])
  })
  it('checks COPY --from but not ADD, and handles lowercase keywords', () => {
    expect(linesOf(rule, 'FROM node:20\nADD a b /app\ncopy --from=x a b /app\n')).toEqual([3])
  })
  it('quick fix appends the slash and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM node:20\nCOPY package.json package-lock.json /app\n')
    expect(fixed).toBe('FROM node:20\nCOPY package.json package-lock.json /app/\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix puts the slash inside quotes and JSON strings', () => {
    const quoted = applyFirstFix(rule, 'FROM node:20\nCOPY a b "/my app"\n')
    expect(quoted).toBe('FROM node:20\nCOPY a b "/my app/"\n')
    expect(linesOf(rule, quoted)).toEqual([])
    const fixed = applyFirstFix(rule, 'FROM node:20\nCOPY ["a", "b", "/app"]\n')
    expect(fixed).toBe('FROM node:20\nCOPY ["a", "b", "/app/"]\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix works on a continuation line', () => {
    expect(applyFirstFix(rule, 'FROM node:20\nCOPY a \\\n  b \\\n  /app\n')).toBe('FROM node:20\nCOPY a \\\n  b \\\n  /app/\n')
  })
})
