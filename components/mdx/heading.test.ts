import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { extractHeadings } from '@/lib/content/headings'
import { H2, textOf } from './heading'

describe('heading ids', () => {
  it('match the ids the table of contents computes from the MDX source', () => {
    // What MDX renders for: ## La instrucción `RUN` y **las capas**
    const children = ['La instrucción ', createElement('code', { key: 1 }, 'RUN'), ' y ', createElement('strong', { key: 2 }, 'las capas')]
    const html = renderToStaticMarkup(createElement(H2, null, ...children))
    const [fromSource] = extractHeadings('## La instrucción `RUN` y **las capas**')
    expect(html).toContain(`id="${fromSource?.id}"`)
    expect(textOf(children)).toBe(fromSource?.text)
  })
})
