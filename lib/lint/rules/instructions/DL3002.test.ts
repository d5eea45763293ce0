import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3002'

describe('DL3002', () => {
  it('reports the last USER of a stage when it is root, on that USER line', () => {
    expect(linesOf(rule, 'FROM debian:12\nUSER root\n')).toEqual([2])
  })
  it('accepts root followed by an unprivileged USER', () => {
    expect(linesOf(rule, 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 10001\n')).toEqual([])
  })
  it('recognizes 0 and root or 0 with a group', () => {
    expect(linesOf(rule, 'FROM a:1\nUSER 0\nFROM b:1\nUSER root:root\nFROM c:1\nUSER 0:0\n')).toEqual([2, 4, 6])
  })
  it('does not mistake other users for root', () => {
    expect(linesOf(rule, 'FROM a:1\nUSER rootless\nFROM b:1\nUSER 1000:0\n')).toEqual([])
  })
  it('checks every stage, not only the final one', () => {
    expect(linesOf(rule, 'FROM golang:1.22 AS build\nUSER root\nFROM alpine:3.20\nUSER 10001\n')).toEqual([2])
  })
  it('does not flag a stage with no USER at all', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN echo hi\n')).toEqual([])
  })
  it('ignores USER inside ONBUILD and handles lowercase keywords', () => {
    expect(linesOf(rule, 'FROM debian:12\nUSER 10001\nONBUILD USER root\n')).toEqual([])
    expect(linesOf(rule, 'from debian:12\nuser root\n')).toEqual([2])
  })
})
