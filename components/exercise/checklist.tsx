'use client'
/**
 * The live checklist: one row per check (`data-check-id`, `data-passed`), with what is expected, why
 * it fails and a button to the line it is about. Passing and failing read as an icon and a word,
 * never by colour alone.
 */
import type { GradeReport } from '@/lib/grade/types'
import type { Locale } from '@/lib/i18n/locales'
import type { ExercisesDictionary } from '@/lib/i18n/dictionaries/exercises.es'
import { InlineCode } from './inline-code'

export function PassIcon({ className = '' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-5 w-5 shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="10" cy="10" r="8.25" />
      <path d="M6.2 10.4l2.5 2.5 5.1-5.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

export function FailIcon({ className = '' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`h-5 w-5 shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="10" cy="10" r="8.25" />
      <path d="M7.2 7.2l5.6 5.6M12.8 7.2l-5.6 5.6" strokeLinecap="round" />
    </svg>
  )
}

export function Checklist({ report, locale, t, onGoToLine, headingId }: {
  report: GradeReport
  locale: Locale
  t: ExercisesDictionary['workbench']
  onGoToLine?(line: number): void
  headingId: string
}) {
  return (
    <ul aria-labelledby={headingId} className="divide-y divide-line rounded-md border border-line" data-testid="checklist">
      {report.checks.map((check) => (
        <li key={check.id} data-check-id={check.id} data-passed={check.passed ? 'true' : 'false'} className="flex gap-2.5 px-3 py-2.5">
          {check.passed ? <PassIcon className="mt-0.5 text-green-700 dark:text-green-400" /> : <FailIcon className="mt-0.5 text-red-700 dark:text-red-400" />}
          <div className="min-w-0 flex-1">
            <p className="text-sm">
              <span className="sr-only">{check.passed ? t.checkPassed : t.checkFailed}: </span>
              <span className={check.passed ? 'text-ink' : 'font-medium text-ink'}>{check.label[locale]}</span>
            </p>
            {!check.passed && check.message ? (
              <p className="mt-1 text-sm text-muted" data-testid="check-message">
                <InlineCode text={check.message[locale]} />
              </p>
            ) : null}
            {check.line !== null ? (
              <button
                type="button"
                onClick={() => onGoToLine?.(check.line!)}
                disabled={!onGoToLine}
                data-action="go-to-line"
                data-line={check.line}
                className="mt-1.5 inline-flex min-h-8 items-center rounded-md border border-line bg-canvas px-2 text-xs font-medium text-ink hover:bg-surface disabled:opacity-50"
              >
                {t.goToLine(check.line)}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
