import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3024'

describe('DL3024', () => {
  it('reports the later FROM that reuses a stage name', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nFROM golang:1.22 AS build\n')).toEqual([2])
  })
  it('compares names case-insensitively, as BuildKit does', () => {
    const code = 'FROM node:20 AS build\nFROM golang:1.22 AS BUILD\n'
    expect(linesOf(rule, code)).toEqual([2])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('`BUILD` is already used on line 1')
  })
  it('reports every further duplicate', () => {
    expect(linesOf(rule, 'FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1 AS x\nfrom d:1 as X\n')).toEqual([3, 4])
  })
  it('accepts distinct names and unnamed stages', () => {
    expect(linesOf(rule, 'FROM node:20 AS web-build\nFROM golang:1.22 AS api-build\nFROM alpine:3.20\nFROM alpine:3.20\n')).toEqual([])
  })
})
