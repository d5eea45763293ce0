import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL4001'

describe('DL4001', () => {
  it('reports from the RUN where the second tool appears, and every later RUN using either', () => {
    const code = 'FROM node:20\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n'
    expect(linesOf(rule, code)).toEqual([3, 5])
  })
  it('reports a RUN that uses both tools itself', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN wget my.xyz && curl localhost\n')).toEqual([2])
  })
  it('does not report a single tool, nor the tools in different stages', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN wget a\nRUN wget b\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:20 AS a\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n')).toEqual([])
  })
  it('does not count a tool that is only installed or mentioned', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y wget\nRUN curl -fsSL https://x -o /x\n')).toEqual([])
  })
  it('checks ONBUILD RUNs among themselves', () => {
    expect(linesOf(rule, 'FROM node:20\nONBUILD RUN wget a\nONBUILD RUN curl b\n')).toEqual([3])
    expect(linesOf(rule, 'FROM node:20\nRUN wget a\nONBUILD RUN curl b\n')).toEqual([])
  })
  it('sees the tools in heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN <<EOF\nwget a\ncurl b\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM node:20\nRUN ["wget", "a"]\nRUN ["curl", "b"]\n')).toEqual([3])
  })
})
