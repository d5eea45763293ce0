import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3061'

describe('DL3061', () => {
  it('reports each non-ARG instruction before the first FROM', () => {
    expect(linesOf(rule, 'LABEL team=web\nARG X=1\nENV A=1\nFROM alpine:3.20\nLABEL b=2\n')).toEqual([1, 3])
  })
  it('accepts directives, comments and ARGs before FROM', () => {
    expect(linesOf(rule, '# syntax=docker/dockerfile:1\n# a comment\nARG ALPINE=3.20\nFROM alpine:${ALPINE}\n')).toEqual([])
  })
  it('reports every non-ARG instruction when there is no FROM at all', () => {
    expect(linesOf(rule, 'ARG X\nRUN echo hi\ncmd ["x"]\n')).toEqual([2, 3])
  })
})
