import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './UndefinedArgInFrom'

describe('UndefinedArgInFrom', () => {
  it('reports a variable in the image that no global ARG declares', () => {
    expect(linesOf(rule, 'FROM node:${NODE_VERSION}-alpine\n')).toEqual([1])
  })
  it('accepts a global ARG, with or without a value', () => {
    expect(linesOf(rule, 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n')).toEqual([])
    expect(linesOf(rule, 'ARG BASE\nFROM $BASE\n')).toEqual([])
  })
  it('reads `ARG A B` as two global declarations', () => {
    expect(linesOf(rule, 'ARG REPO TAG\nFROM ${REPO}:${TAG}\n')).toEqual([])
  })
  it('accepts the built-in platform args', () => {
    expect(linesOf(rule, 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20\n')).toEqual([])
  })
  it('does not count an ARG declared inside a stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:$TAG\n')).toEqual([3])
  })
  it('does not exempt an undeclared variable with a default', () => {
    expect(linesOf(rule, 'FROM alpine:${TAG:-3.20}\n')).toEqual([1])
  })
  it('checks the --platform value too', () => {
    expect(linesOf(rule, 'FROM --platform=$PLATFORM alpine:3.20\n')).toEqual([1])
  })
  it('reports each undeclared name once', () => {
    const findings = findingsOf(rule, 'FROM ${REG}/app:${TAG}-${TAG}\n')
    expect(findings.map((f) => f.message.en)).toEqual([
      "FROM argument 'REG' is not declared: declare it with `ARG REG=…` before the first FROM.",
      "FROM argument 'TAG' is not declared: declare it with `ARG TAG=…` before the first FROM.",
    ])
  })
  it('suggests the closest declared name', () => {
    expect(findingsOf(rule, 'ARG NODE_VERSION=20\nFROM node:${NODE_VERISON}-alpine\n')[0]?.message.en).toBe("FROM argument 'NODE_VERISON' is not declared (did you mean NODE_VERSION?).")
    expect(findingsOf(rule, 'FROM --platform=$BUILDPLATFROM alpine:3.20\n')[0]?.message.en).toBe("FROM argument 'BUILDPLATFROM' is not declared (did you mean BUILDPLATFORM?).")
  })
  it('ignores escaped dollars', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\\$X\n')).toEqual([])
  })
  it('checks every stage', () => {
    expect(linesOf(rule, 'ARG A=1\nFROM alpine:3.20\nFROM debian:$B\nFROM ubuntu:$A\n')).toEqual([3])
  })
})
