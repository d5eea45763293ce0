import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3000'

describe('DL3000', () => {
  it('reports a relative WORKDIR', () => {
    expect(linesOf(rule, 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html\n')).toEqual([2])
  })
  it('accepts absolute, variable and Windows drive paths', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR ${APP_HOME}\nWORKDIR C:/app\nWORKDIR "/quoted path"\n')).toEqual([])
  })
  it('reports every relative WORKDIR, even after an absolute one (hadolint, beyond BuildKit)', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR sub\nWORKDIR "other"\n')).toEqual([3, 4])
  })
  it('reports a first WORKDIR whose variable expands to a relative path (BuildKit, beyond hadolint)', () => {
    const code = 'FROM alpine:3.20\nARG DIR=app\nWORKDIR $DIR\n'
    expect(linesOf(rule, code)).toEqual([3])
    expect(findingsOf(rule, code)[0]?.message.en).toContain('expands to `app`')
  })
  it('uses ENV over ARG and accepts variables that expand to absolute paths', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG DIR=app\nENV DIR=/srv\nWORKDIR $DIR\n')).toEqual([])
  })
  it('stays silent when the variable is unknown in this Dockerfile', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\nFROM alpine:3.20\nWORKDIR ${HOME}\n')).toEqual([])
  })
  it('does not apply the BuildKit check after an earlier WORKDIR, including one inherited from a parent stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR /srv\nARG DIR=app\nWORKDIR $DIR\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nARG DIR=app\nWORKDIR $DIR\n')).toEqual([])
  })
  it('reports relative paths in every stage and with lowercase keywords', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nworkdir app\nFROM alpine:3.20\nWORKDIR ./b\n')).toEqual([2, 4])
  })
  it('ignores an empty WORKDIR', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR\n')).toEqual([])
  })
  it('quick fix resolves the path against the previous WORKDIR', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20\nWORKDIR /srv/app\nWORKDIR ../data/./cache\n')
    expect(fixed).toBe('FROM alpine:3.20\nWORKDIR /srv/app\nWORKDIR /srv/data/cache\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix resolves against a WORKDIR inherited from the parent stage', () => {
    const fixed = applyFirstFix(rule, 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR "app"\n')
    expect(fixed).toBe('FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR "/srv/app"\n')
  })
  it('quick fix assumes / when no WORKDIR ran yet, and says so', () => {
    const code = 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html\n'
    expect(findingsOf(rule, code)[0]?.fix?.title.en).toContain('if the base image works in /')
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM nginx:1.27\nWORKDIR /usr/share/nginx/html\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
})
