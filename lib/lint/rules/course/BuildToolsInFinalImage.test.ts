import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './BuildToolsInFinalImage'

describe('BuildToolsInFinalImage', () => {
  it.each([
    ['golang', 'FROM golang:1.21\nCMD ["/app"]\n'],
    ['rust', 'FROM rust:1.79\nCMD ["/app"]\n'],
    ['the full node image', 'FROM node:20\nCMD ["node", "index.js"]\n'],
    ['maven', 'FROM maven:3.9-eclipse-temurin-21\nCMD ["java", "-jar", "app.jar"]\n'],
  ])('reports a final stage on the %s SDK image', (_name, code) => {
    expect(linesOf(rule, code)).toEqual([1])
  })
  it('reports compilers installed and kept in the final stage, naming them', () => {
    const [f] = findingsOf(rule, 'FROM alpine:3.20\nRUN apk add --no-cache build-base musl-dev curl\n')
    expect(f!.range.start.line + 1).toBe(2)
    expect(f!.message.en).toContain('build-base, musl-dev')
  })
  it('accepts build dependencies removed in the same RUN (virtual package)', () => {
    expect(linesOf(rule, 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .deps gcc musl-dev && pip install --no-cache-dir x==1 && apk del .deps\n')).toEqual([])
  })
  it('accepts apt purge in the same RUN', () => {
    expect(linesOf(rule, 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y gcc make && make && apt-get purge -y gcc make && rm -rf /var/lib/apt/lists/*\n')).toEqual([])
  })
  it('ignores SDKs in build stages', () => {
    expect(linesOf(rule, 'FROM golang:1.21 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n')).toEqual([])
  })
  it('follows FROM <stage> to the SDK base', () => {
    expect(linesOf(rule, 'FROM golang:1.21 AS base\nFROM base\nCMD ["/app"]\n')).toEqual([2])
  })
})
