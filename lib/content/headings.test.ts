import { describe, expect, it } from 'vitest'
import { extractHeadings, headingText } from './headings'

describe('headingText', () => {
  it('keeps only the visible text of inline Markdown', () => {
    expect(headingText('La instrucción `RUN` y **las capas**')).toBe('La instrucción RUN y las capas')
    expect(headingText('Ver [la documentación](https://docs.docker.com) ##')).toBe('Ver la documentación')
  })
})

describe('extractHeadings', () => {
  it('returns h2 and h3 with ids, skipping h1, h4 and anything inside code fences', () => {
    const source = ['# Title', '## Una capa por instrucción', '```dockerfile', '## not a heading', '```', '### `COPY` frente a `ADD`', '#### too deep'].join('\n')
    expect(extractHeadings(source)).toEqual([
      { depth: 2, text: 'Una capa por instrucción', id: 'una-capa-por-instruccion' },
      { depth: 3, text: 'COPY frente a ADD', id: 'copy-frente-a-add' },
    ])
  })
})
