/** Headings of an MDX lesson, read from its source for the on-page table of contents. */
import { slugify } from './slug'

export interface Heading {
  depth: 2 | 3
  text: string
  id: string
}

/**
 * Plain text of a Markdown heading, as the browser will show it: inline code, emphasis and
 * links reduced to their text. Must agree with what the heading components render, since both
 * derive the id from it.
 */
export function headingText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** `##` and `###` headings outside code fences, in order, with the ids the page will give them. */
export function extractHeadings(source: string): Heading[] {
  const headings: Heading[] = []
  let fence: string | null = null
  for (const line of source.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker) {
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
      continue
    }
    if (fence !== null) continue
    const match = /^(#{2,3})\s+(.+)$/.exec(line)
    if (!match?.[1] || !match[2]) continue
    const text = headingText(match[2])
    headings.push({ depth: match[1].length as 2 | 3, text, id: slugify(text) })
  }
  return headings
}
