/**
 * A highlighted code block (server component, zero client JS except the copy button).
 * Lessons get it through the MDX `pre` mapping; rule pages can render it directly:
 *   <CodeBlock locale="es" lang="dockerfile" code={src} variant="bad" rules={['DL3020']} />
 */
import type { ReactElement } from 'react'
import { getDictionary, type Locale } from '@/lib/i18n'
import type { FenceVariant } from '@/lib/content/fence-meta'
import { CopyButton } from './copy-button'
import { highlight } from './highlighter'

export interface CodeBlockProps {
  code: string
  lang: string
  locale: Locale
  /** ❌ / ✅ badge; null or absent for a neutral block. */
  variant?: FenceVariant | null
  /** Rule ids a bad example is expected to trigger, shown next to the badge. */
  rules?: readonly string[]
  /** Optional caption, e.g. a file name. */
  title?: string
}

const variantStyles: Record<FenceVariant, string> = {
  bad: 'border-l-4 border-l-red-600 dark:border-l-red-400',
  good: 'border-l-4 border-l-green-700 dark:border-l-green-400',
}

export async function CodeBlock({ code, lang, locale, variant = null, rules = [], title }: CodeBlockProps): Promise<ReactElement> {
  const t = getDictionary(locale).code
  const html = await highlight(code.replace(/\n$/, ''), lang)
  const languages: Record<string, string> = t.languages
  const langLabel = languages[lang] ?? lang

  return (
    <figure
      className={`code-block not-prose my-6 overflow-hidden rounded-lg border border-line bg-surface ${variant ? variantStyles[variant] : ''}`}
      data-variant={variant ?? undefined}
      data-lang={lang}
    >
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line px-3 py-1.5 text-xs text-muted">
        {variant === 'bad' && (
          <span className="font-semibold text-red-700 dark:text-red-300">
            <span aria-hidden="true">❌ </span>
            {t.bad}
          </span>
        )}
        {variant === 'good' && (
          <span className="font-semibold text-green-800 dark:text-green-300">
            <span aria-hidden="true">✅ </span>
            {t.good}
          </span>
        )}
        {rules.length > 0 && (
          <span>
            {t.rules}:{' '}
            {rules.map((rule, i) => (
              <span key={rule}>
                {i > 0 && ', '}
                <code className="font-mono">{rule}</code>
              </span>
            ))}
          </span>
        )}
        {title && <span className="font-mono text-ink">{title}</span>}
        <span className="ml-auto flex items-center gap-3">
          {langLabel && <span className="font-mono">{langLabel}</span>}
          <CopyButton label={t.copy} ariaLabel={t.copyLabel} copiedLabel={t.copied} failedLabel={t.copyFailed} />
        </span>
      </figcaption>
      <div className="code-body" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  )
}
