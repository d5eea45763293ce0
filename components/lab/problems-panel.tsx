'use client'
/**
 * Problems: one row per finding, ordered by line. The row's main button jumps to the line; a
 * finding with a quick fix gets a Fix button; each links to its rule page. Severity is shown as an
 * icon and a word, never by colour alone.
 */
import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n'
import { displayLine } from '@/lib/lab/positions'
import type { Finding, Severity } from '@/lib/lint/rule'
import { findRule } from '@/lib/lint/rules'
import { ErrorIcon, InfoIcon, StyleIcon, WarningIcon } from './icons'
import { labStrings, ruleHref } from './strings'

const SEVERITY_STYLE: Record<Severity, { Icon: () => ReactNode; className: string }> = {
  error: { Icon: ErrorIcon, className: 'text-red-700 dark:text-red-400' },
  warning: { Icon: WarningIcon, className: 'text-amber-800 dark:text-amber-300' },
  info: { Icon: InfoIcon, className: 'text-sky-800 dark:text-sky-300' },
  style: { Icon: StyleIcon, className: 'text-violet-800 dark:text-violet-300' },
}

export function SeverityBadge({ severity, locale }: { severity: Severity; locale: Locale }) {
  const s = SEVERITY_STYLE[severity]
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 text-xs font-semibold uppercase tracking-wide ${s.className}`}>
      <s.Icon />
      {labStrings(locale).problems.severity[severity]}
    </span>
  )
}

export function ProblemsPanel({ findings, locale, onJump, onFix, failure }: {
  findings: readonly Finding[]
  locale: Locale
  onJump?(line: number): void
  onFix?(finding: Finding): void
  failure?: string | null
}) {
  const t = labStrings(locale)
  const rows = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
  return (
    <div className="p-2 sm:p-3" data-testid="problems">
      {failure ? (
        <p role="status" className="mb-2 rounded-md border border-amber-600/40 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {t.analysis.failed}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="flex items-center gap-2 px-2 py-3 text-sm" data-testid="no-problems">
          <span aria-hidden="true" className="text-green-700 dark:text-green-400">✓</span>
          {t.problems.none}
        </p>
      ) : (
        <ul className="divide-y divide-line" aria-label={t.problems.count(rows.length)}>
          {rows.map((f, i) => {
            const line = displayLine(f.range)
            const hasPage = Boolean(findRule(f.rule))
            return (
              <li key={`${f.rule}-${f.range.start.line}-${f.range.start.character}-${i}`} data-rule={f.rule} data-line={line} data-severity={f.severity} className="flex flex-col gap-1.5 py-2 sm:flex-row sm:items-start sm:gap-3">
                <button
                  type="button"
                  onClick={() => onJump?.(line)}
                  className="flex min-w-0 flex-1 flex-col items-start gap-0.5 rounded-md px-2 py-1 text-left hover:bg-surface"
                >
                  <span className="sr-only">{t.problems.goToLine(line)}: </span>
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <SeverityBadge severity={f.severity} locale={locale} />
                    <span className="font-mono text-xs text-muted">{t.problems.line(line)}</span>
                  </span>
                  <span className="text-sm text-ink">{f.message[locale]}</span>
                </button>
                <span className="flex shrink-0 flex-wrap items-center gap-2 px-2 sm:pt-1">
                  {f.fix && onFix ? (
                    <button
                      type="button"
                      onClick={() => onFix(f)}
                      data-action="fix"
                      className="inline-flex h-8 items-center rounded-md border border-line bg-canvas px-2 text-xs font-medium text-ink hover:bg-surface"
                    >
                      {t.problems.fix(f.fix.title[locale])}
                    </button>
                  ) : null}
                  {hasPage ? (
                    <a href={ruleHref(locale, f.rule)} aria-label={t.problems.rulePageLabel(f.rule)} className="font-mono text-xs text-accent underline underline-offset-2">
                      {f.rule}
                    </a>
                  ) : (
                    <span className="font-mono text-xs text-muted">{f.rule}</span>
                  )}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
