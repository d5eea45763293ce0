/** A rule's reference page body: what, why, fix, ❌/✅ examples and equivalents, from its metadata. */
import { CodeBlock } from '@/components/mdx/code-block'
import { getDictionary, type Locale } from '@/lib/i18n'
import { equivalentsOf } from '@/lib/lint/equivalents'
import type { Rule } from '@/lib/lint/rule'
import { SeverityBadge } from './severity-badge'

export function RuleDoc({ rule, locale }: { rule: Rule; locale: Locale }) {
  const t = getDictionary(locale).rules
  const { meta } = rule
  const eq = equivalentsOf(meta)
  const names = [meta.id, ...meta.aliases].join(',')
  return (
    <article className="mx-auto max-w-3xl px-3 py-8 sm:px-6 sm:py-12">
      <p className="font-mono text-sm text-muted">
        {meta.id}
        {meta.aliases.length > 0 && <> · {meta.aliases.join(' · ')}</>}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance">{meta.title[locale]}</h1>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t.columns.severity}</dt>
          <dd><SeverityBadge severity={meta.severity} label={t.severity[meta.severity]} /></dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t.columns.source}</dt>
          <dd>{t.sources[meta.source]}</dd>
        </div>
        <div className="flex items-center gap-2">
          <dt className="text-muted">{t.category}</dt>
          <dd>{t.categories[meta.category]}</dd>
        </div>
      </dl>
      {meta.severity === 'off' && <p className="mt-4 rounded-md border border-line bg-surface p-3 text-sm">{t.offByDefault}</p>}
      {meta.needsContext && <p className="mt-4 rounded-md border border-line bg-surface p-3 text-sm">{t.needsContext}</p>}

      <section aria-labelledby="what" className="mt-8">
        <h2 id="what" className="text-xl font-semibold">{t.what}</h2>
        <p className="mt-2">{meta.what[locale]}</p>
      </section>
      <section aria-labelledby="why" className="mt-6">
        <h2 id="why" className="text-xl font-semibold">{t.why}</h2>
        <p className="mt-2">{meta.why[locale]}</p>
      </section>
      <section aria-labelledby="fix" className="mt-6">
        <h2 id="fix" className="text-xl font-semibold">{t.fix}</h2>
        <p className="mt-2">{meta.fix[locale]}</p>
      </section>

      <section aria-labelledby="examples" className="mt-8">
        <h2 id="examples" className="sr-only">{t.bad} / {t.good}</h2>
        {meta.examples.bad.map((ex, i) => (
          <div key={`bad-${i}`}>
            <CodeBlock locale={locale} lang="dockerfile" code={ex.code} variant="bad" rules={[meta.id]} title={t.bad} />
            {ex.note && <p className="-mt-4 mb-6 text-sm text-muted">{ex.note[locale]}</p>}
            {ex.lines && ex.lines.length > 0 && <p className="-mt-4 mb-6 text-sm text-muted">{t.reportsLines(ex.lines.join(', '))}</p>}
          </div>
        ))}
        {meta.examples.good.map((ex, i) => (
          <div key={`good-${i}`}>
            <CodeBlock locale={locale} lang="dockerfile" code={ex.code} variant="good" title={t.good} />
            {ex.note && <p className="-mt-4 mb-6 text-sm text-muted">{ex.note[locale]}</p>}
          </div>
        ))}
      </section>

      <section aria-labelledby="equivalents" className="mt-8">
        <h2 id="equivalents" className="text-xl font-semibold">{t.equivalents}</h2>
        <table className="mt-3 w-full border-collapse text-sm">
          <tbody>
            {([[t.toolHadolint, eq.hadolint], [t.toolBuildkit, eq.buildkit], [t.toolDockerfileUtils, eq.dockerfileUtils]] as const).map(([tool, name]) => (
              <tr key={tool} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 text-left font-medium">{tool}</th>
                <td className="py-2 font-mono">{name ?? t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="suppress" className="mt-8">
        <h2 id="suppress" className="text-xl font-semibold">{t.suppress}</h2>
        <dl className="mt-2 space-y-2 text-sm">
          {([[t.suppressNext, `# hadolint ignore=${names}`], [t.suppressFile, `# hadolint global ignore=${names}`], [t.suppressCheck, `# check=skip=${names}`]] as const).map(([label, code]) => (
            <div key={label}>
              <dt className="text-muted">{label}</dt>
              <dd><code className="font-mono">{code}</code></dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  )
}
