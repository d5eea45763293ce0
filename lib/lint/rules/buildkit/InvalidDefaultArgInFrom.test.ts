import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './InvalidDefaultArgInFrom'

describe('InvalidDefaultArgInFrom', () => {
  it('reports a tag that is empty with the default values', () => {
    expect(linesOf(rule, 'ARG TAG\nFROM busybox:${TAG}\n')).toEqual([2])
  })
  it('reports an image name that is empty with the default values', () => {
    expect(linesOf(rule, 'ARG BASE\nFROM $BASE\n')).toEqual([2])
    expect(findingsOf(rule, 'ARG BASE\nFROM $BASE\n')[0]?.message.en).toBe('Default value for ARG $BASE results in empty or invalid base image name: it is empty.')
  })
  it('accepts an ARG with a valid default', () => {
    expect(linesOf(rule, 'ARG TAG=1.36\nFROM busybox:${TAG}\n')).toEqual([])
  })
  it('accepts an empty value that still gives a valid reference', () => {
    expect(linesOf(rule, 'ARG VARIANT\nFROM busybox:stable${VARIANT}\n')).toEqual([])
  })
  it('accepts a default inside the reference', () => {
    expect(linesOf(rule, 'ARG TAG\nFROM alpine:${TAG:-3.20}\n')).toEqual([])
  })
  it('ignores ARGs declared inside a stage, like BuildKit', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([3])
  })
  it('uses earlier global ARGs inside later defaults', () => {
    expect(linesOf(rule, 'ARG REPO=node\nARG IMAGE=${REPO}:22-alpine\nFROM $IMAGE\n')).toEqual([])
    expect(findingsOf(rule, 'ARG REPO=Node\nARG IMAGE=${REPO}:22\nFROM $IMAGE\n')[0]?.message.en).toBe("Default value for ARG $IMAGE results in empty or invalid base image name: it becomes 'Node:22'.")
  })
  it('accepts references to earlier stages and scratch', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS base\nFROM base\nFROM scratch\n')).toEqual([])
  })
  it('accepts registries with ports and digests', () => {
    expect(linesOf(rule, `ARG REG=localhost:5000\nFROM \${REG}/team/app:1.0\nFROM alpine@sha256:${'a'.repeat(64)}\n`)).toEqual([])
  })
})
