/** Lesson headings with stable ids, so the table of contents and shared links can point at them. */
import { Children, isValidElement, type ReactNode } from 'react'
import { slugify } from '@/lib/content/slug'

/** Visible text of rendered MDX children (text, inline code, emphasis), matching `headingText` on the source. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children)
  return ''
}

function anchored(Tag: 'h2' | 'h3') {
  function Heading({ children }: { children?: ReactNode }) {
    const id = slugify(textOf(Children.toArray(children)).replace(/\s+/g, ' ').trim())
    return (
      <Tag id={id} className="scroll-mt-24">
        {children}
      </Tag>
    )
  }
  Heading.displayName = Tag
  return Heading
}

export const H2 = anchored('h2')
export const H3 = anchored('h3')
