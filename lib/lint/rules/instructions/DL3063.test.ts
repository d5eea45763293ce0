import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3063'

describe('DL3063', () => {
  it('reports stages named scratch or context, in any case', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS scratch\nFROM alpine:3.20 AS context\nfrom alpine:3.20 as Context\n')).toEqual([1, 2, 3])
  })
  it('accepts scratch as a base image and other names', () => {
    expect(linesOf(rule, 'FROM scratch\nFROM alpine:3.20 AS base\nFROM alpine:3.20 AS scratchpad\n')).toEqual([])
  })
})
