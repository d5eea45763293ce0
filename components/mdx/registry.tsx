/**
 * The closed set of components lesson authors may use, in the page's language.
 * Registered once: mdx-components.tsx uses it for the default locale and the lesson page passes
 * the one for its locale. Adding a component here is a design decision, not a per-lesson one.
 */
import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { MDXComponents } from 'mdx/types'
import { getDictionary, type Locale } from '@/lib/i18n'
import { parseFenceMeta } from '@/lib/content/fence-meta'
import { After, Before, BeforeAfter, type BeforeAfterPaneProps } from './before-after'
import { Callout, type CalloutProps } from './callout'
import { CodeBlock } from './code-block'
import { DeepDive, type DeepDiveProps } from './deep-dive'
import { Figure } from './figure'
import { H2, H3, textOf } from './heading'
import { LabDemo, type LabDemoProps } from './lab-demo'
import { Quiz, type QuizProps } from './quiz'

type CodeProps = { className?: string; children?: ReactNode; 'data-meta'?: string }

export function createMdxComponents(locale: Locale): MDXComponents {
  const t = getDictionary(locale)

  function Pre({ children }: ComponentPropsWithoutRef<'pre'>) {
    if (!isValidElement<CodeProps>(children)) return <pre>{children}</pre>
    const lang = /(?:^|\s)language-(\S+)/.exec(children.props.className ?? '')?.[1] ?? 'text'
    const meta = parseFenceMeta(children.props['data-meta'])
    const title = typeof meta.attributes.title === 'string' ? meta.attributes.title : undefined
    return <CodeBlock code={textOf(children.props.children)} lang={lang} locale={locale} variant={meta.variant} rules={meta.rules} title={title} />
  }

  return {
    h2: H2,
    h3: H3,
    pre: Pre,
    table: (props) => (
      <div className="table-wrap my-6 overflow-x-auto">
        <table {...props} />
      </div>
    ),
    Callout: (props: Omit<CalloutProps, 'labels'>) => <Callout {...props} labels={t.mdx.callout} />,
    DeepDive: (props: Omit<DeepDiveProps, 'label'>) => <DeepDive {...props} label={t.mdx.deepDive} />,
    BeforeAfter,
    Before: (props: Omit<BeforeAfterPaneProps, 'defaultLabel'>) => <Before {...props} defaultLabel={t.mdx.before} />,
    After: (props: Omit<BeforeAfterPaneProps, 'defaultLabel'>) => <After {...props} defaultLabel={t.mdx.after} />,
    Figure,
    LabDemo: (props: Omit<LabDemoProps, 'locale'>) => <LabDemo {...props} locale={locale} />,
    Quiz: (props: Omit<QuizProps, 'labels'>) => <Quiz {...props} labels={t.mdx.quiz} />,
  }
}
