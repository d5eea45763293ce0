import { describe, expect, it } from 'vitest'
import { lint } from '../../engine'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './InvalidDefinitionDescription'

describe('InvalidDefinitionDescription', () => {
  it('is experimental: off unless enabled', () => {
    expect(rule.meta.severity).toBe('off')
    expect(lint('# compiles the binary\nFROM golang:1.22 AS build\n', { rules: [rule] })).toEqual([])
  })
  it('reports a comment above a named stage that does not start with the name', () => {
    expect(linesOf(rule, '# compiles the binary\nFROM golang:1.22 AS build\n')).toEqual([2])
  })
  it('accepts a comment that starts with the stage name', () => {
    expect(linesOf(rule, '# build compiles the binary\nFROM golang:1.22 AS build\n')).toEqual([])
  })
  it('ignores unnamed stages and instructions without a comment', () => {
    expect(linesOf(rule, '# the runtime image\nFROM alpine:3.20\nRUN echo hi\n')).toEqual([])
  })
  it('checks ARG comments against every key, global ARGs included', () => {
    expect(linesOf(rule, '# Version name\nARG VERSION=1\nFROM alpine:3.20\n# GOOS target\nARG GOOS=linux GOARCH=amd64\n# GOARCH target\nARG GOOS GOARCH\n')).toEqual([2])
  })
  it('suggests <arg_key> for an ARG with several keys', () => {
    expect(findingsOf(rule, 'FROM alpine:3.20\n# the target\nARG GOOS=linux GOARCH=amd64\n')[0]?.message.en).toBe('Comment for ARG should follow the format: `# <arg_key> <description>`. If it is not a description, separate it with an empty line.')
  })
  it('only looks at the comment line directly above; a blank line or a bare # separates', () => {
    expect(linesOf(rule, '# a note about the file\n\nFROM golang:1.22 AS build\n')).toEqual([])
    expect(linesOf(rule, '# a note\n#\nFROM golang:1.22 AS build\n')).toEqual([])
    expect(linesOf(rule, '# build compiles\n# more details\nFROM golang:1.22 AS build\n')).toEqual([3])
  })
  it('does not treat parser directives as comments', () => {
    expect(linesOf(rule, '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\n')).toEqual([])
  })
  it('compares with the lowercased stage name, as BuildKit stores it', () => {
    expect(linesOf(rule, '# Build compiles\nFROM golang:1.22 AS Build\n')).toEqual([2])
  })
  it('quick fix puts the name first and the finding disappears', () => {
    const fixed = applyFirstFix(rule, '# compiles the binary\nFROM golang:1.22 AS build\n')
    expect(fixed).toBe('# build compiles the binary\nFROM golang:1.22 AS build\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
