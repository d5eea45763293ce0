import { describe, expect, it } from 'vitest'
import { extractFences, parseFenceMeta } from './fence-meta'

describe('parseFenceMeta', () => {
  it('reads a bad example and the rules it should trigger', () => {
    expect(parseFenceMeta('bad="DL3020, DL3025"')).toEqual({
      attributes: { bad: 'DL3020, DL3025' },
      variant: 'bad',
      rules: ['DL3020', 'DL3025'],
    })
  })

  it('reads a good example, a bare bad one and other attributes', () => {
    expect(parseFenceMeta('good title="Dockerfile"')).toMatchObject({ variant: 'good', rules: [], attributes: { title: 'Dockerfile' } })
    expect(parseFenceMeta('bad')).toMatchObject({ variant: 'bad', rules: [] })
    expect(parseFenceMeta(undefined)).toEqual({ attributes: {}, variant: null, rules: [] })
  })

  it('rejects a fence marked both bad and good', () => {
    expect(() => parseFenceMeta('bad good')).toThrow(/both bad and good/)
  })
})

describe('extractFences', () => {
  it('finds fences with language, meta, code and line, ignoring nested fence-looking text', () => {
    const source = [
      'Intro',
      '',
      '```dockerfile bad="DL3025"',
      'FROM node:20',
      'CMD npm start',
      '```',
      '',
      '<Before>',
      '',
      '~~~~text',
      '```',
      'not a fence end',
      '~~~~',
      '</Before>',
    ].join('\n')
    const fences = extractFences(source)
    expect(fences).toHaveLength(2)
    expect(fences[0]).toMatchObject({ lang: 'dockerfile', rawMeta: 'bad="DL3025"', code: 'FROM node:20\nCMD npm start', line: 3 })
    expect(fences[0]?.meta.rules).toEqual(['DL3025'])
    expect(fences[1]).toMatchObject({ lang: 'text', code: '```\nnot a fence end', line: 10 })
  })
})
