/**
 * Server-only: a lesson's MDX body cut into slides, one per `##` section, for the presenter view.
 * The MDX content function is called directly to get its top-level elements (a fragment's
 * children); anything unexpected falls back to one slide with the whole lesson. Each slide lists the
 * Dockerfiles it shows (LabDemo examples and ```dockerfile fences) as starting points for the live lab.
 */
import { Children, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react'
import type { MDXComponents, MDXContent } from 'mdx/types'
import { textOf } from '@/components/mdx/heading'
import { loadExample } from '@/lib/content/examples'
import { parseFenceMeta } from '@/lib/content/fence-meta'
import type { FileSpec } from '@/lib/context/build'
import { getDictionary, type Locale } from '@/lib/i18n'
import type { LabContext } from '@/lib/lab/context'

export interface LabSnippet {
  label: string
  text: string
  context: LabContext | null
}

export interface SlideSource {
  title: string | null
  nodes: ReactNode[]
  snippets: LabSnippet[]
}

type Props = { children?: ReactNode; className?: string; example?: string; title?: string; 'data-meta'?: string }

function labContext(files: Record<string, FileSpec>): LabContext {
  const list = Object.entries(files)
    .filter(([p]) => p !== 'Dockerfile' && p !== 'expect' && p !== '.dockerignore')
    .map(([path, spec]) => (typeof spec === 'string' ? { path, content: spec } : { path, size: spec.size, ...(spec.content !== undefined ? { content: spec.content } : {}) }))
  const ignore = files['.dockerignore']
  return { files: list, dockerignore: typeof ignore === 'string' ? ignore : null }
}

function collectSnippets(node: ReactNode, components: MDXComponents, locale: Locale, out: LabSnippet[]) {
  if (Array.isArray(node)) {
    for (const child of node) collectSnippets(child, components, locale, out)
    return
  }
  if (!isValidElement<Props>(node)) return
  const props = node.props
  if (node.type === components.LabDemo && typeof props.example === 'string') {
    try {
      const example = loadExample(props.example)
      out.push({ label: props.title ?? example.name, text: example.dockerfile, context: labContext(example.files) })
    } catch {
      // A missing example is the lesson's own build error; the presenter just skips it.
    }
    return
  }
  if (node.type === components.pre) {
    const code = props.children
    if (isValidElement<Props>(code) && /(?:^|\s)language-dockerfile(?:\s|$)/.test(code.props.className ?? '')) {
      const meta = parseFenceMeta(code.props['data-meta'])
      const t = getDictionary(locale).code
      const title = typeof meta.attributes.title === 'string' ? meta.attributes.title : 'Dockerfile'
      const variant = meta.variant === 'bad' ? ` (${t.bad})` : meta.variant === 'good' ? ` (${t.good})` : ''
      out.push({ label: `${title}${variant}`, text: textOf(code.props.children), context: null })
    }
    return
  }
  collectSnippets(props.children, components, locale, out)
}

export function lessonSlides(Content: MDXContent, components: MDXComponents, locale: Locale): SlideSource[] {
  let root: ReactNode = null
  try {
    root = Content({ components })
  } catch {
    root = null
  }
  const top = isValidElement<{ children?: ReactNode }>(root) && root.type === Fragment ? Children.toArray(root.props.children) : null
  if (!top) return [{ title: null, nodes: [<Content key="content" components={components} />], snippets: [] }]

  const slides: SlideSource[] = [{ title: null, nodes: [], snippets: [] }]
  for (const node of top) {
    if (typeof node === 'string' && !node.trim()) continue
    if (isValidElement<Props>(node) && node.type === components.h2) slides.push({ title: textOf((node as ReactElement<Props>).props.children), nodes: [], snippets: [] })
    slides[slides.length - 1]!.nodes.push(node)
  }
  for (const slide of slides) collectSnippets(slide.nodes, components, locale, slide.snippets)
  return slides
}
