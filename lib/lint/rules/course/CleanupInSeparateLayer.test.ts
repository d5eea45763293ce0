import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './CleanupInSeparateLayer'

describe('CleanupInSeparateLayer', () => {
  it.each([
    ['apt lists removed after a separate update', 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n', [3]],
    ['build dependencies purged in a later RUN', 'FROM debian:12\nRUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y gcc\n', [3]],
    ['apk del of an earlier virtual package', 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps gcc\nRUN apk del .deps\n', [3]],
    ['apk cache removed later', 'FROM alpine:3.20\nRUN apk add curl\nRUN rm -rf /var/cache/apk/*\n', [3]],
    ['pip cache purged later', 'FROM python:3.12\nRUN pip install flask==3.0.3\nRUN pip cache purge\n', [3]],
    ['npm cache cleaned later', 'FROM node:20\nRUN npm install -g pnpm@9\nRUN npm cache clean --force\n', [3]],
    ['a copied archive deleted later', 'FROM alpine:3.20\nWORKDIR /tmp\nCOPY big.tar.gz .\nRUN tar -xzf big.tar.gz -C /opt\nRUN rm big.tar.gz\n', [5]],
    ['dnf clean all in its own RUN', 'FROM fedora:40\nRUN dnf install -y gcc\nRUN dnf clean all\n', [3]],
  ])('reports %s', (_name, code, lines) => {
    expect(linesOf(rule, code)).toEqual(lines)
  })

  it('is silent when the cleanup happens in the same RUN', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get update && apt-get install -y gcc && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*\n')).toEqual([])
  })

  it('is silent when nothing earlier created the deleted files', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\nRUN rm -rf /tmp/build\n')).toEqual([])
  })

  it('sees what a base stage created', () => {
    expect(linesOf(rule, 'FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN rm -rf /var/lib/apt/lists/*\n')).toEqual([4])
  })

  it('names what was wasted and where it was created', () => {
    const [f] = findingsOf(rule, 'FROM ubuntu:24.04\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n')
    expect(f!.message.en).toContain('/var/lib/apt/lists (created at line 2)')
  })
})
