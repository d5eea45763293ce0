import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3028'

const lines = (run: string) => linesOf(rule, `FROM ruby:3.3\nRUN ${run}\n`)

describe('DL3028', () => {
  it('reports gem install or gem i of a gem without a version', () => {
    expect(lines('gem install rails')).toEqual([2])
    expect(lines('gem i rails')).toEqual([2])
  })
  it('accepts gem:version and a -v/--version option', () => {
    expect(lines('gem install rails:7.1.3 bundler:2.5.6')).toEqual([])
    expect(lines('gem install rails -v 7.1.3')).toEqual([])
    expect(lines('gem install rails --version 7.1.3')).toEqual([])
    expect(lines('gem install rails --version=7.1.3')).toEqual([])
  })
  it('lets an option swallow the next word, as hadolint does', () => {
    expect(lines('gem install --no-document rails')).toEqual([])
    expect(lines('gem install --no-document rails puma')).toEqual([2])
  })
  it('ignores what follows --', () => {
    expect(lines('gem install mysql2:0.5.6 -- --with-mysql-config=/usr/bin/mysql_config')).toEqual([])
  })
  it('ignores other gem commands', () => {
    expect(lines('gem update --system && gem list')).toEqual([])
  })
  it('names the unpinned gems in the message', () => {
    expect(findingsOf(rule, 'FROM ruby:3.3\nRUN gem install rails:7.1.3 puma sidekiq\n')[0]?.message.en).toContain('puma, sidekiq')
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM ruby:3.3\nONBUILD RUN gem install rails\n')).toEqual([2])
    expect(linesOf(rule, 'FROM ruby:3.3\nRUN <<EOF\ngem install rails\nEOF\n')).toEqual([2])
  })
})
