/**
 * A live example in a lesson: an example folder (lessons/examples/<name>/) shown with what the
 * analyzer and the build simulator say about it, computed at build time. Usage in MDX:
 *   <LabDemo example="cache-bad-order" compare="cache-good-order" show="problems,size,stages,whatif" edit="src/index.js" target="production" />
 */
import Link from 'next/link'
import { loadExample } from '@/lib/content/examples'
import { getDictionary, localizedHref, type Locale } from '@/lib/i18n'
import { lint } from '@/lib/lint/engine'
import { contextFromFiles } from '@/lib/context/build'
import { CodeBlock } from './code-block'

export type LabPanel = 'problems' | 'size' | 'stages' | 'whatif'

export interface LabDemoProps {
  /** Example folder name under lessons/examples/. */
  example: string
  /** Another example to compare with (the "before"), e.g. for size reductions. */
  compare?: string
  /** Comma-separated panels to show. */
  show?: string
  /** Comma-separated context files the what-if marks as edited. */
  edit?: string
  /** `--target` stage. */
  target?: string
  title?: string
  locale: Locale
}

export function parsePanels(show: string | undefined): LabPanel[] {
  const all: LabPanel[] = ['problems', 'size', 'stages', 'whatif']
  if (!show) return ['problems']
  return show.split(',').map((s) => s.trim()).filter((s): s is LabPanel => (all as string[]).includes(s))
}

export async function LabDemo({ example, title, show, locale }: LabDemoProps) {
  const t = getDictionary(locale).mdx.labDemo
  const data = loadExample(example)
  const panels = parsePanels(show)
  const findings = lint(data.dockerfile, { context: contextFromFiles(data.files) })
  return (
    <section className="lab-demo not-prose my-8 rounded-lg border border-line" data-example={example}>
      <CodeBlock code={data.dockerfile} lang="dockerfile" locale={locale} title={title ?? 'Dockerfile'} />
      {panels.includes('problems') && (
        <div className="border-t border-line px-4 py-3 text-sm">
          <h3 className="font-semibold">{t.findings}</h3>
          {findings.length === 0 ? (
            <p className="mt-1 text-muted">{t.noFindings}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {findings.map((f) => (
                <li key={`${f.rule}-${f.range.start.line}-${f.range.start.character}`} data-rule={f.rule} data-line={f.range.start.line + 1}>
                  <Link className="font-mono underline underline-offset-2" href={localizedHref(locale, `rules/${f.rule}`)}>{f.rule}</Link>{' '}
                  <span className="text-muted">({t.line} {f.range.start.line + 1})</span> {f.message[locale]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
