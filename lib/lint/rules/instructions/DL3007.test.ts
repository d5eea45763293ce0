import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3007'

describe('DL3007', () => {
  it('reports the latest tag in any stage', () => {
    expect(linesOf(rule, 'FROM debian:latest AS build\nFROM alpine:latest\n')).toEqual([1, 2])
  })
  it('accepts latest pinned by digest', () => {
    expect(linesOf(rule, 'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n')).toEqual([])
  })
  it('accepts explicit versions, untagged images and tags that only contain latest', () => {
    expect(linesOf(rule, 'FROM debian:12\nFROM node\nFROM myimage:latest-alpine\n')).toEqual([])
  })
  it('looks at the tag as written, not at ARG defaults, as hadolint does', () => {
    expect(linesOf(rule, 'ARG TAG=latest\nFROM debian:${TAG}\n')).toEqual([])
  })
  it('handles registries with ports and lowercase keywords', () => {
    expect(linesOf(rule, 'from registry.example.com:5000/team/app:latest\n')).toEqual([1])
  })
})
