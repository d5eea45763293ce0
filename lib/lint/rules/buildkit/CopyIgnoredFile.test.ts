import { describe, expect, it } from 'vitest'
import { contextFrom, findingsOf, linesOf } from '../../testing'
import rule from './CopyIgnoredFile'

const withIgnore = (dockerignore: string) => ({ context: contextFrom({ '.dockerignore': dockerignore, 'README.md': '# x', 'src/app.js': '' }) })

describe('CopyIgnoredFile', () => {
  it('reports a source that .dockerignore excludes', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY README.md /app/\n', withIgnore('*.md\n'))).toEqual([2])
  })
  it('accepts sources that are not excluded', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY src/ /app/src/\n', withIgnore('*.md\n'))).toEqual([])
  })
  it('reports a file inside an excluded folder', () => {
    expect(linesOf(rule, 'FROM node:22-alpine\nCOPY node_modules/left-pad /app/node_modules/left-pad\n', withIgnore('node_modules\n'))).toEqual([2])
  })
  it('reports each excluded source of a multi-source COPY, and ADD too', () => {
    const findings = findingsOf(rule, 'FROM alpine:3.20\nCOPY README.md CHANGELOG.md src/ /app/\nADD ./notes.md /app/\n', withIgnore('*.md\n'))
    expect(findings.map((f) => f.message.en)).toEqual([
      'Attempting to Copy file "README.md" that is excluded by .dockerignore (pattern `*.md`).',
      'Attempting to Copy file "CHANGELOG.md" that is excluded by .dockerignore (pattern `*.md`).',
      'Attempting to Add file "notes.md" that is excluded by .dockerignore (pattern `*.md`).',
    ])
  })
  it('is disabled entirely when .dockerignore has any ! exception', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY README.md /app/\n', withIgnore('*.md\n!docs/*.md\n'))).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY . /app/\n', withIgnore('*\n!src\n'))).toEqual([])
  })
  it('needs a .dockerignore with patterns, and a build context at all', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY README.md /app/\n', { context: contextFrom({ 'README.md': '# x' }) })).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY README.md /app/\n', withIgnore('# only a comment\n'))).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY README.md /app/\n')).toEqual([])
  })
  it('checks a . or / source only against patterns that exclude everything', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY . /app/\n', withIgnore('node_modules\n*.md\n'))).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY . /app/\n', withIgnore('*\n'))).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY ./ /app/\n', withIgnore('**\n'))).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY / /app/\n', withIgnore('**/*\n'))).toEqual([2])
  })
  it('skips --from sources, URLs, git remotes and heredocs', () => {
    const ignore = withIgnore('*.md\n*.txt\n')
    expect(linesOf(rule, 'FROM alpine:3.20 AS docs\nFROM alpine:3.20\nCOPY --from=docs /README.md /app/\n', ignore)).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nADD https://example.com/README.md /app/\nADD git@github.com:org/notes.md /app/\n', ignore)).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY <<EOF /app/notes.txt\nhello\nEOF\n', ignore)).toEqual([])
  })
  it('cleans the path and expands known variables first', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY ./docs/../README.md /app/\n', withIgnore('*.md\n'))).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG DOC=README.md\nCOPY $DOC /app/\n', withIgnore('*.md\n'))).toEqual([3])
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY $UNKNOWN /app/\n', withIgnore('*\n'))).toEqual([])
  })
  it('checks JSON-form COPY and every stage, but not ONBUILD triggers', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nCOPY ["README.md", "/app/"]\nFROM alpine:3.20\nONBUILD COPY README.md /app/\n', withIgnore('*.md\n'))).toEqual([2])
  })
})
