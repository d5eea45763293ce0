import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3006'

describe('DL3006', () => {
  it('reports a FROM without tag or digest, naming the image', () => {
    expect(linesOf(rule, 'FROM node AS build\nRUN npm ci\n')).toEqual([1])
    expect(findingsOf(rule, 'FROM node\n')[0]?.message.en).toContain('`node:latest`')
  })
  it('accepts tags and digests', () => {
    expect(linesOf(rule, 'FROM node:20-alpine\nFROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n')).toEqual([])
  })
  it('accepts scratch and images starting with a variable', () => {
    expect(linesOf(rule, 'ARG IMG=alpine:3.20\nFROM scratch\nFROM ${IMG}\nFROM $IMG AS x\n')).toEqual([])
  })
  it('still reports a variable that is not the start of the image name', () => {
    expect(linesOf(rule, 'ARG NAME=node\nFROM myorg/$NAME\n')).toEqual([2])
  })
  it('accepts an earlier stage alias, case-insensitively, but not a later one', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nFROM build\nFROM Build\n')).toEqual([])
    expect(linesOf(rule, 'FROM base\nFROM node:20 AS base\n')).toEqual([1])
  })
  it('does not treat the stage being defined as its own alias', () => {
    expect(linesOf(rule, 'FROM build AS build\n')).toEqual([1])
  })
  it('understands registries with ports and lowercase keywords', () => {
    expect(linesOf(rule, 'from localhost:5000/app\nfrom localhost:5000/app:1.2\n')).toEqual([1])
  })
})
