import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './UserNotFound'

describe('UserNotFound', () => {
  it('reports a user nobody created', () => {
    expect(linesOf(rule, 'FROM debian:12-slim\nUSER app\n')).toEqual([2])
  })
  it.each([
    ['useradd', 'FROM debian:12-slim\nRUN useradd -r -u 10001 app\nUSER app\n'],
    ['busybox adduser with a group', 'FROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app app\nUSER app:app\n'],
    ['debian adduser --system --group', 'FROM debian:12-slim\nRUN adduser --system --group --uid 999 worker\nUSER worker:worker\n'],
    ['a user the image ships', 'FROM node:20-alpine\nUSER node\n'],
    ['distroless nonroot', 'FROM gcr.io/distroless/static-debian12\nUSER nonroot:nonroot\n'],
    ['a numeric uid and gid', 'FROM scratch\nUSER 65532:65532\n'],
    ['a variable', 'FROM alpine:3.20\nARG U=app\nUSER $U\n'],
    ['a user created in a parent stage', 'FROM alpine:3.20 AS base\nRUN adduser -D app\nFROM base\nUSER app\n'],
  ])('accepts %s', (_name, code) => {
    expect(linesOf(rule, code)).toEqual([])
  })
  it('reports a missing group', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN adduser -D app\nUSER app:staff2\n')).toEqual([3])
  })
  it('reports a user created only after USER', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nUSER app\nRUN adduser -D app\n')).toEqual([2])
  })
})
