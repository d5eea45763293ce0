import { describe, expect, it } from 'vitest'
import { contextFrom, findingsOf, linesOf } from '../../testing'
import rule from './SecretInImage'

describe('SecretInImage', () => {
  it.each([
    ['.npmrc', 'FROM node:20\nCOPY .npmrc /root/.npmrc\n'],
    ['a private key', 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n'],
    ['a .pem file', 'FROM nginx:1.27\nCOPY certs/server.pem /etc/ssl/\n'],
    ['.env.production', 'FROM node:20\nADD .env.production /app/\n'],
    ['AWS credentials', 'FROM python:3.12\nCOPY .aws/credentials /root/.aws/credentials\n'],
    ['git credentials in JSON form', 'FROM alpine:3.20\nCOPY [".git-credentials", "/root/"]\n'],
  ])('reports a COPY of %s', (_name, code) => {
    expect(linesOf(rule, code)).toEqual([2])
  })

  it('still reports when a later RUN deletes the file', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY .npmrc ./\nRUN npm ci && rm -f .npmrc\n')).toEqual([2])
  })

  it('reports in intermediate stages that the final image builds from', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nCOPY .npmrc ./\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /node_modules /node_modules\n')).toEqual([2])
  })

  it('ignores stages the build skips', () => {
    expect(linesOf(rule, 'FROM node:20 AS unused\nCOPY .npmrc ./\nFROM node:20-slim\nCMD ["node"]\n')).toEqual([])
  })

  it('does not flag templates or public keys', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY .env.example id_ed25519.pub ./\n')).toEqual([])
  })

  it('expands COPY . . against the build context and honours .dockerignore', () => {
    const code = 'FROM node:20\nWORKDIR /app\nCOPY . .\n'
    const files = { 'package.json': '{}', 'src/index.js': '', 'config/.env': 'X=1' }
    const finding = findingsOf(rule, code, { context: contextFrom(files) })
    expect(finding.map((f) => f.range.start.line + 1)).toEqual([3])
    expect(finding[0]!.message.en).toContain('config/.env')
    expect(linesOf(rule, code, { context: contextFrom({ ...files, '.dockerignore': '**/.env\n' }) })).toEqual([])
  })

  it('checks directory sources against the context', () => {
    expect(linesOf(rule, 'FROM nginx:1.27\nCOPY conf/ /etc/nginx/\n', { context: contextFrom({ 'conf/nginx.conf': '', 'conf/tls.key': 'k' }) })).toEqual([2])
  })
})
