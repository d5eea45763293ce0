import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3059'

describe('DL3059', () => {
  it('reports the later of two consecutive single-command RUNs', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n')).toEqual([3])
  })
  it('keeps reporting along a chain of single-command RUNs', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN a\nRUN b\nRUN c\n')).toEqual([3, 4])
  })
  it('does not fire when either RUN already chains several commands', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN echo done\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN echo start\nRUN make; make install\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN echo start\nRUN curl -fsSL https://x | tar -x\n')).toEqual([])
  })
  it('does not fire when the RUN flags differ, but does when they are identical', () => {
    expect(linesOf(rule, 'FROM node:20\nRUN --mount=type=secret,id=npm npm ci\nRUN npm run build\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:20\nRUN --network=none make\nRUN --network=none make test\n')).toEqual([3])
  })
  it('allows comments and blank lines between, but any other instruction resets', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN a\n\n# then\nRUN b\n')).toEqual([5])
    expect(linesOf(rule, 'FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN a\nFROM debian:12\nRUN b\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN a\nONBUILD RUN b\nRUN c\n')).toEqual([])
  })
  it('counts heredoc bodies and exec form as scripts', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN a\nRUN <<EOF\nb\nc\nEOF\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN ["a"]\nrun ["b"]\n')).toEqual([3])
  })
  it('quick fix merges the RUN into the previous one and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n')
    expect(fixed).toBe('FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix drops the repeated flags of the merged RUN', () => {
    const fixed = applyFirstFix(rule, 'FROM node:20\nRUN --network=none make\nRUN --network=none make test\n')
    expect(fixed).toBe('FROM node:20\nRUN --network=none make \\\n && make test\n')
  })
  it('quick fix along a chain joins each RUN to the one right above it', () => {
    const fixed = applyFirstFix(rule, 'FROM debian:12\nRUN a\nRUN b\nRUN c\n')
    expect(fixed).toBe('FROM debian:12\nRUN a \\\n && b\nRUN c\n')
  })
  it('offers no quick fix when comments sit between the RUNs or a RUN is in exec form', () => {
    expect(findingsOf(rule, 'FROM debian:12\nRUN a\n# note\nRUN b\n')[0]?.fix).toBeNull()
    expect(findingsOf(rule, 'FROM debian:12\nRUN ["a"]\nRUN b\n')[0]?.fix).toBeNull()
  })
})
