import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3009'

describe('DL3009', () => {
  it('reports apt-get update without removing the lists, in the last stage', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n')).toEqual([2])
  })
  it('is triggered by update, not install', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y curl\n')).toEqual([])
  })
  it('accepts any rm -rf as cleanup, as hadolint does', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/x\n')).toEqual([])
  })
  it('accepts a cache mount on the lists', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n')).toEqual([])
  })
  it('ignores intermediate stages not used as a base', () => {
    expect(linesOf(rule, 'FROM debian:12 AS build\nRUN apt-get update\nFROM debian:12-slim\nCOPY --from=build /x /x\n')).toEqual([])
  })
  it('reports in a stage used as a FROM base', () => {
    expect(linesOf(rule, 'FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN echo hi\n')).toEqual([2])
  })
  it('checks ONBUILD triggers in any stage, as hadolint does', () => {
    expect(linesOf(rule, 'FROM debian:12 AS base\nONBUILD RUN apt-get update\nFROM alpine:3.20\nCOPY --from=base /x /x\n')).toEqual([2])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN apt-get update\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n')).toEqual([2])
  })
})
