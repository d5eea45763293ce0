/** The list of every rule, grouped by source tool, linking to each rule's page. */
import Link from 'next/link'
import { getDictionary, localizedHref, type Locale } from '@/lib/i18n'
import type { Rule, RuleSource } from '@/lib/lint/rule'
import { SeverityBadge } from './severity-badge'

const ORDER: RuleSource[] = ['stagecraft', 'hadolint', 'buildkit']

export function RuleIndex({ rules, locale }: { rules: readonly Rule[]; locale: Locale }) {
  const t = getDictionary(locale).rules
  return (
    <div className="mx-auto max-w-5xl px-3 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t.indexTitle}</h1>
      <p className="mt-3 text-lg text-muted">{t.indexLead}</p>
      <p className="mt-1 text-sm text-muted">{t.ruleCount(rules.length)}</p>
      {ORDER.map((source) => {
        const group = rules.filter((r) => r.meta.source === source).sort((a, b) => a.meta.id.localeCompare(b.meta.id))
        if (group.length === 0) return null
        return (
          <section key={source} aria-labelledby={`source-${source}`} className="mt-10">
            <h2 id={`source-${source}`} className="text-xl font-semibold">{t.sources[source]}</h2>
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <thead>
                  <tr className="border-b border-line text-left">
                    <th scope="col" className="py-2 pr-4 font-medium">{t.columns.id}</th>
                    <th scope="col" className="py-2 pr-4 font-medium">{t.columns.title}</th>
                    <th scope="col" className="py-2 font-medium">{t.columns.severity}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((r) => (
                    <tr key={r.meta.id} className="border-b border-line align-top">
                      <td className="py-2 pr-4 font-mono whitespace-nowrap">
                        <Link className="underline underline-offset-2" href={localizedHref(locale, `rules/${r.meta.id}`)}>{r.meta.id}</Link>
                        {r.meta.aliases.length > 0 && <div className="text-xs text-muted">{r.meta.aliases.join(', ')}</div>}
                      </td>
                      <td className="py-2 pr-4">{r.meta.title[locale]}</td>
                      <td className="py-2"><SeverityBadge severity={r.meta.severity} label={t.severity[r.meta.severity]} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </div>
  )
}
