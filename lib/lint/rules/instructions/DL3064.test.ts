import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3064'

describe('DL3064', () => {
  it('reports secret-looking ARG names and ENV keys', () => {
    expect(linesOf(rule, 'FROM node:20\nARG GITHUB_TOKEN\nENV DB_PASSWORD=changeme\n')).toEqual([2, 3])
  })
  it('accepts ordinary names', () => {
    expect(linesOf(rule, 'FROM node:20\nARG APP_VERSION=1.0\nENV NODE_ENV=production PORT=3000\n')).toEqual([])
  })
  it('matches hadolint\'s known names and substrings, in any case', () => {
    expect(linesOf(rule, 'FROM a:1\nARG aws_access_key_id\nARG FACEBOOK_APP_ID\nENV mysecretthing=1\nARG PRIVATE_REPO\nARG DB_USERNAME\n')).toEqual([2, 3, 4, 5, 6])
  })
  it('matches BuildKit\'s whole underscore words that hadolint misses', () => {
    expect(linesOf(rule, 'FROM a:1\nARG GIT_KEY\nENV BASIC_AUTH=x\nARG DB_PASSWD\nENV AWS_CREDENTIALS=x\n')).toEqual([2, 3, 4, 5])
  })
  it('does not match BuildKit words inside longer words', () => {
    expect(linesOf(rule, 'FROM a:1\nARG MONKEY\nENV AUTHOR=me\nARG KEYBOARD_LAYOUT=us\n')).toEqual([])
  })
  it('applies BuildKit\'s public/file/version allow-list only to BuildKit\'s own words', () => {
    expect(linesOf(rule, 'FROM a:1\nARG PUBLIC_KEY\nENV AUTH_MODULE_VERSION=2\n')).toEqual([])
    expect(linesOf(rule, 'FROM a:1\nENV SECRET_FILE=/run/secrets/x\nARG PUBLIC_TOKEN\n')).toEqual([2, 3])
  })
  it('checks global ARGs with hadolint\'s list but not with BuildKit\'s words', () => {
    expect(linesOf(rule, 'ARG GLOBAL_API_TOKEN\nARG GIT_KEY\nFROM node:20\n')).toEqual([1])
  })
  it('checks ONBUILD ARG and ENV with hadolint\'s list only', () => {
    expect(linesOf(rule, 'FROM a:1\nONBUILD ARG NPM_TOKEN\nONBUILD ENV GIT_KEY=x\n')).toEqual([2])
  })
  it('checks every name of a multi-name ARG and every key of an ENV, naming them', () => {
    const code = 'FROM a:1\nARG A=1 SECRET_FILE="my token" B\nENV X=1 API_TOKEN=t Y="password here"\n'
    expect(linesOf(rule, code)).toEqual([2, 3])
    const messages = findingsOf(rule, code).map((f) => f.message.en)
    expect(messages[0]).toMatch(/^`SECRET_FILE` looks like a secret/)
    expect(messages[1]).toMatch(/^`API_TOKEN` looks like a secret/)
  })
  it('checks legacy ENV and lowercase keywords, never values', () => {
    expect(linesOf(rule, 'from a:1\nenv GH_TOKEN abc\nENV NOTE="the password is in vault"\n')).toEqual([2])
  })
  it('ignores RUN secret mounts', () => {
    expect(linesOf(rule, 'FROM a:1\nRUN --mount=type=secret,id=gh_token,env=GITHUB_TOKEN ./fetch.sh\n')).toEqual([])
  })
})
