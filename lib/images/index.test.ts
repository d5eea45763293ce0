import { describe, expect, it } from 'vitest'
import { checkUser, imageHasCommand, imageHasFile, lookupImage } from './index'

const MB = 1_000_000

describe('lookupImage resolves repositories and tag variants', () => {
  it.each([
    ['node:20', 'node', '', 'debian', true],
    ['node:20-slim', 'node', 'slim', 'debian', false],
    ['node:20-alpine', 'node', 'alpine', 'alpine', false],
    ['node:20-bookworm-slim', 'node', 'slim', 'debian', false],
    ['node:lts-alpine3.20', 'node', 'alpine', 'alpine', false],
    ['golang:1.21', 'golang', '', 'debian', true],
    ['golang:1.21-alpine', 'golang', 'alpine', 'alpine', true],
    ['python:3.12', 'python', '', 'debian', true],
    ['python:3.12-slim', 'python', 'slim', 'debian', false],
    ['python:3.12-alpine', 'python', 'alpine', 'alpine', false],
    ['rust:1.83', 'rust', '', 'debian', true],
    ['rust:1.83-alpine', 'rust', 'alpine', 'alpine', true],
    ['eclipse-temurin:21-jdk', 'eclipse-temurin', 'jdk', 'ubuntu', true],
    ['eclipse-temurin:21-jre', 'eclipse-temurin', 'jre', 'ubuntu', false],
    ['eclipse-temurin:21-jre-alpine', 'eclipse-temurin', 'jre-alpine', 'alpine', false],
    ['maven:3.9-eclipse-temurin-21', 'maven', '', 'ubuntu', true],
    ['gradle:8-jdk21', 'gradle', '', 'ubuntu', true],
  ])('%s → %s variant "%s", family %s, sdk %s', (ref, repository, variant, family, sdk) => {
    const info = lookupImage(ref)
    expect(info).toMatchObject({ repository, variant, family, isSdk: sdk, known: true })
    expect(info.source).not.toBe('')
  })

  it('sizes full, slim and alpine tags in the documented order of magnitude', () => {
    expect(lookupImage('node:20').sizeBytes).toBeGreaterThan(1000 * MB)
    expect(lookupImage('node:20-slim').sizeBytes).toBeLessThan(250 * MB)
    expect(lookupImage('node:20-alpine').sizeBytes).toBeLessThan(lookupImage('node:20-slim').sizeBytes)
    expect(lookupImage('golang:1.21').sizeBytes).toBeGreaterThan(800 * MB)
    expect(lookupImage('golang:1.21-alpine').sizeBytes).toBeLessThan(250 * MB)
    expect(lookupImage('alpine:3.19').sizeBytes).toBeLessThan(10 * MB)
    expect(lookupImage('scratch').sizeBytes).toBe(0)
    expect(lookupImage('gcr.io/distroless/static-debian12').sizeBytes).toBeLessThan(3 * MB)
  })

  it('normalises docker.io/library prefixes and Hub mirrors', () => {
    expect(lookupImage('docker.io/library/node:20-alpine').repository).toBe('node')
    expect(lookupImage('library/alpine:3.19').repository).toBe('alpine')
    expect(lookupImage('public.ecr.aws/docker/library/python:3.12-slim')).toMatchObject({ repository: 'python', variant: 'slim' })
  })

  it('treats a digest-only reference like the latest tag of its repository', () => {
    expect(lookupImage('alpine@sha256:0123456789abcdef0123456789abcdef').repository).toBe('alpine')
  })

  it('gives unknown images a family-based estimate flagged as unknown', () => {
    const alpineLike = lookupImage('example.com/team/api:1.2-alpine')
    expect(alpineLike).toMatchObject({ known: false, family: 'alpine', hasShell: true })
    expect(alpineLike.source).toMatch(/not in the catalog/)
    expect(lookupImage('acme/thing:latest')).toMatchObject({ known: false, family: 'debian' })
    expect(lookupImage('')).toMatchObject({ known: false })
  })
})

describe('users, shells and notable paths', () => {
  it.each([
    ['node:20-alpine', 'node', true],
    ['node:20', 'node', true],
    ['alpine:3.19', 'nobody', true],
    ['alpine:3.19', 'node', false],
    ['nginx:1.27', 'nginx', true],
    ['nginx:alpine', 'nginx', true],
    ['gcr.io/distroless/static-debian12', 'nonroot', true],
    ['gcr.io/distroless/static-debian12', 'node', false],
    ['scratch', 'root', false],
    ['ubuntu:24.04', 'ubuntu', true],
    ['ubuntu:22.04', 'ubuntu', false],
    ['debian:bookworm-slim', 'www-data', true],
  ])('%s has user %s: %s', (ref, user, exists) => {
    expect(checkUser(lookupImage(ref), user).exists).toBe(exists)
  })

  it('knows default users: root for most, nonroot for distroless :nonroot, 101 for nginx-unprivileged', () => {
    expect(lookupImage('node:20').defaultUser).toBe('root')
    expect(lookupImage('gcr.io/distroless/static-debian12:nonroot').defaultUser).toBe('nonroot')
    expect(lookupImage('gcr.io/distroless/static-debian12').defaultUser).toBe('root')
    expect(lookupImage('nginxinc/nginx-unprivileged:1.27-alpine')).toMatchObject({ defaultUser: '101', variant: 'alpine' })
    expect(lookupImage('gcr.io/distroless/static-debian12:nonroot').uids.nonroot).toBe(65532)
    expect(lookupImage('cgr.dev/chainguard/node').defaultUser).toBe('node')
  })

  it('checkUser reads numeric uids, groups and root', () => {
    const alpine = lookupImage('alpine:3.19')
    expect(checkUser(alpine, '1000')).toMatchObject({ exists: true, isRoot: false, uid: 1000 })
    expect(checkUser(alpine, '0')).toMatchObject({ isRoot: true })
    expect(checkUser(alpine, 'nobody:nogroup')).toMatchObject({ exists: true, groupExists: true })
    expect(checkUser(alpine, 'nobody:missing')).toMatchObject({ exists: true, groupExists: false })
    expect(checkUser(alpine, 'app', { app: 1001 })).toMatchObject({ exists: true, uid: 1001 })
  })

  it.each([
    ['alpine:3.19', true, '/bin/sh'],
    ['busybox', true, '/bin/sh'],
    ['scratch', false, null],
    ['gcr.io/distroless/static-debian12', false, null],
    ['gcr.io/distroless/base-debian12:nonroot', false, null],
    ['gcr.io/distroless/static-debian12:debug', false, '/busybox/sh'],
    ['cgr.dev/chainguard/node', false, null],
    ['cgr.dev/chainguard/node:latest-dev', true, '/bin/sh'],
    ['node:20-slim', true, '/bin/sh'],
  ])('%s has /bin/sh: %s (shell %s)', (ref, hasShell, shell) => {
    expect(lookupImage(ref)).toMatchObject({ hasShell, shell })
  })

  it.each([
    ['nginx:alpine', '/usr/share/nginx/html', true],
    ['nginx:alpine', '/usr/share/nginx/html/index.html', true],
    ['node:20-alpine', '/usr/local/bin/node', true],
    ['golang:1.21', '/usr/local/go/bin/go', true],
    ['rust:1.83', '/usr/local/cargo/bin/cargo', true],
    ['alpine:3.19', '/bin/sh', true],
    ['alpine:3.19', '/usr/local/bin/node', false],
    ['gcr.io/distroless/nodejs20-debian12', '/nodejs/bin/node', true],
    ['gcr.io/distroless/static-debian12', '/bin/sh', false],
    ['scratch', '/bin/sh', false],
    ['debian:bookworm-slim', '/usr/bin/apt-get', true],
  ])('%s contains %s: %s', (ref, path, present) => {
    expect(imageHasFile(lookupImage(ref), path)).toBe(present)
  })

  it.each([
    ['golang:1.21', 'go', true],
    ['golang:1.21', 'gcc', true],
    ['golang:1.21-alpine', 'gcc', false],
    ['node:20', 'gcc', true],
    ['node:20-alpine', 'gcc', false],
    ['node:20-alpine', 'npm', true],
    ['alpine:3.19', 'wget', true],
    ['alpine:3.19', 'curl', false],
    ['debian:bookworm-slim', 'curl', false],
    ['debian:bookworm-slim', 'bash', true],
    ['gcr.io/distroless/static-debian12', 'sh', false],
    ['gcr.io/distroless/static-debian12:debug', 'sh', true],
    ['eclipse-temurin:21-jre', 'javac', false],
    ['eclipse-temurin:21-jdk', 'javac', true],
  ])('%s has the command %s: %s', (ref, command, present) => {
    expect(imageHasCommand(lookupImage(ref), command)).toBe(present)
  })

  it('notes that openjdk is deprecated', () => {
    expect(lookupImage('openjdk:17').note?.en).toMatch(/deprecated/)
  })

  it('never throws on odd references', () => {
    for (const ref of ['', ':', '@', '///', 'UPPER/Case:Tag', '${BASE}', 'a:b:c', 'localhost:5000/x']) {
      expect(() => lookupImage(ref)).not.toThrow()
    }
  })
})
