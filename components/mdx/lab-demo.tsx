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
import type { FileSpec } from '@/lib/context/build'
import type { LabContext } from '@/lib/lab/context'
import { CodeBlock } from './code-block'
import { LabDemoIsland } from './lab-demo-island'

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

/** The example's files as the lab's editable context (the Dockerfile itself and `expect` are not context the learner edits). */
function toLabContext(files: Record<string, FileSpec>): LabContext {
  const list = Object.entries(files)
    .filter(([p]) => p !== 'expect' && p !== '.dockerignore')
    .map(([path, spec]) => (typeof spec === 'string' ? { path, content: spec } : { path, size: spec.size, ...(spec.content !== undefined ? { content: spec.content } : {}) }))
  const ignore = files['.dockerignore']
  return { files: list, dockerignore: typeof ignore === 'string' ? ignore : null }
}

export async function LabDemo({ example, compare, title, show, edit, target, locale }: LabDemoProps) {
  const t = getDictionary(locale).mdx.labDemo
  const data = loadExample(example)
  const panels = parsePanels(show)
  const findings = lint(data.dockerfile, { context: contextFromFiles(data.files) })
  const reference = compare ? loadExample(compare) : null
  const interactive = panels.filter((p): p is 'size' | 'stages' | 'whatif' => p !== 'problems')
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
      {interactive.length > 0 && (
        <div className="border-t border-line px-4 py-4">
          <LabDemoIsland
            locale={locale}
            text={data.dockerfile}
            context={toLabContext(data.files)}
            reference={reference ? { text: reference.dockerfile, label: getDictionary(locale).mdx.before } : null}
            show={interactive}
            edit={(edit ?? '').split(',').map((s) => s.trim()).filter(Boolean)}
            target={target ?? null}
            headings={{ size: t.size, stages: t.stages, whatif: t.whatif }}
          />
        </div>
      )}
    </section>
  )
}
