import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './FinalStageRunsAsRoot'

describe('FinalStageRunsAsRoot', () => {
  it('reports the final FROM when there is no USER and the image defaults to root', () => {
    expect(linesOf(rule, 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nCMD ["/app"]\n')).toEqual([3])
  })
  it.each([['root'], ['0'], ['root:root'], ['0:0']])('reports the last USER %s', (user) => {
    expect(linesOf(rule, `FROM node:20-alpine\nUSER node\nUSER ${user}\n`)).toEqual([3])
  })
  it.each([
    ['a named unprivileged user', 'FROM node:20-alpine\nUSER node\n'],
    ['a numeric uid', 'FROM alpine:3.20\nUSER 10001\n'],
    ['an image that defaults to nonroot', 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n'],
    ['nginx-unprivileged', 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY dist /usr/share/nginx/html\n'],
    ['a USER inherited from a parent stage', 'FROM node:20-alpine AS base\nUSER node\nFROM base\nCMD ["node"]\n'],
  ])('accepts %s', (_name, code) => {
    expect(linesOf(rule, code)).toEqual([])
  })
  it('only judges the final stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER 10001\n')).toEqual([])
  })
})
