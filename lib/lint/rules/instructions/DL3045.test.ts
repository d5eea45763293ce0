import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3045'

describe('DL3045', () => {
  it('reports COPY to a relative destination without WORKDIR, including COPY . .', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY package.json .\nCOPY . .\n')).toEqual([2, 3])
  })
  it('accepts it after a WORKDIR in the stage', () => {
    expect(linesOf(rule, 'FROM node:20\nWORKDIR /app\nCOPY package.json .\n')).toEqual([])
  })
  it('only counts a WORKDIR that comes before the COPY', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY package.json .\nWORKDIR /app\nCOPY . .\n')).toEqual([2])
  })
  it('accepts absolute, Windows and variable destinations, quoted or in JSON form', () => {
    const code = 'FROM node:20\nCOPY a /app/\nCOPY a C:\\\\app\nCOPY a C:/app\nCOPY a $APP_HOME\nCOPY a "/app/"\nCOPY ["a", "/app/"]\n'
    expect(linesOf(rule, code)).toEqual([])
  })
  it('inherits WORKDIR through FROM <stage> chains but not from unrelated stages', () => {
    expect(linesOf(rule, 'FROM node:20 AS base\nWORKDIR /app\nFROM base AS dev\nFROM dev\nCOPY . .\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:20 AS base\nWORKDIR /app\nFROM node:20\nCOPY . .\n')).toEqual([4])
  })
  it('checks COPY --from and JSON form, not ADD or ONBUILD COPY', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY --from=build /out dist\nCOPY ["a", "b"]\nADD a b\nONBUILD COPY . .\n')).toEqual([2, 3])
  })
  it('handles lowercase keywords', () => {
    expect(linesOf(rule, 'from node:20\ncopy . .\n')).toEqual([2])
  })
})
