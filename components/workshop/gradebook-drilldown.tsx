'use client'
/**
 * One learner's submission, opened from the gradebook: when it was made, the regraded and claimed
 * results, every check, and the code in the lab's panels, read-only (LazyLab). The code is shown as
 * text in the editor; nothing in it runs.
 */
import { useEffect, useMemo, useRef } from 'react'
import { LazyLab } from '@/components/lab/lazy-lab'
import type { LabReference } from '@/components/lab/lab'
import type { FileSpec } from '@/lib/context/build'
import { normalizeContextPath } from '@/lib/context/dockerignore'
import type { Locale } from '@/lib/i18n/locales'
import { localeTags } from '@/lib/i18n/locales'
import type { LabContext, LabFile } from '@/lib/lab/context'
import type { GradebookRow } from '@/lib/workshop/regrade'
import { MismatchFlag, PassFail } from './badges'
import { workshopButtonClass } from './learner-name'
import type { MaterialsData } from './regrade-engine'
import { workshopStrings } from './strings'

export type DrilldownRow = Extract<GradebookRow, { valid: true }> & { exerciseTitle: string }

/** The lab's context for a submission: the exercise's files, with the learner's .dockerignore when they wrote one. */
export function submissionLabContext(files: Record<string, FileSpec>, dockerignore: string | null): LabContext {
  const list: LabFile[] = []
  let own: string | null = null
  for (const [raw, spec] of Object.entries(files)) {
    const path = normalizeContextPath(raw)
    if (!path) continue
    if (path === '.dockerignore') {
      own = typeof spec === 'string' ? spec : spec.content ?? ''
      continue
    }
    if (typeof spec === 'string') list.push({ path, content: spec })
    else list.push(spec.content !== undefined ? { path, content: spec.content } : { path, size: spec.size })
  }
  list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files: list, dockerignore: dockerignore ?? own }
}

function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function GradebookDrilldown({ row, locale, materials, onClose }: { row: DrilldownRow; locale: Locale; materials: MaterialsData | null; onClose(): void }) {
  const t = workshopStrings(locale).gradebook
  const d = t.drilldown
  const heading = useRef<HTMLHeadingElement>(null)
  const headingId = `drilldown-${row.line}`

  useEffect(() => {
    heading.current?.focus()
  }, [])

  const context = useMemo(() => (materials ? submissionLabContext(materials.contextFiles, row.dockerignore) : null), [materials, row.dockerignore])
  const reference = useMemo<LabReference | null>(
    () => (materials ? { text: materials.starter.dockerfile, context: submissionLabContext(materials.contextFiles, materials.starter.dockerignore) } : null),
    [materials],
  )

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line p-4" data-testid="drilldown" data-line={row.line}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold break-words outline-offset-2">
          {d.heading(row.name, row.exerciseTitle)}
        </h3>
        <button type="button" className={workshopButtonClass} onClick={onClose} data-action="close-drilldown">
          {d.close}
        </button>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">{d.submittedAt}</dt>
        <dd>
          <time dateTime={row.submittedAt}>{formatDate(row.submittedAt, locale)}</time>
        </dd>
        <dt className="text-muted">{d.regraded}</dt>
        <dd data-testid="drilldown-regraded">
          <PassFail passed={row.passed} t={t} />
        </dd>
        <dt className="text-muted">{d.claimed}</dt>
        <dd className="flex flex-wrap items-center gap-2" data-testid="drilldown-claimed">
          <PassFail passed={row.claimedPassed} t={t} />
          {row.mismatch ? <MismatchFlag t={t} edited={row.edited} /> : null}
        </dd>
      </dl>
      <div>
        <h4 className="font-semibold">{d.checks}</h4>
        <ul className="mt-2 divide-y divide-line rounded-md border border-line text-sm">
          {row.report.checks.map((check) => (
            <li key={check.id} className="flex gap-2 px-3 py-2" data-check-id={check.id} data-passed={check.passed ? 'true' : 'false'}>
              <span aria-hidden="true" className={check.passed ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-300'}>
                {check.passed ? '✓' : '✗'}
              </span>
              <div className="min-w-0">
                <p>
                  <span className="sr-only">{check.passed ? d.checkPassed : d.checkFailed}: </span>
                  {check.label[locale]}
                  {check.line !== null ? <span className="text-muted"> ({d.line(check.line)})</span> : null}
                </p>
                {!check.passed && check.message ? <p className="mt-0.5 text-muted break-words">{check.message[locale]}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      </div>
      {row.dockerignore !== null ? (
        <div>
          <h4 className="font-semibold">{d.dockerignore}</h4>
          <pre tabIndex={0} className="mt-2 max-h-48 overflow-auto rounded-md border border-line bg-surface p-2 font-mono text-xs" data-testid="drilldown-dockerignore">
            {row.dockerignore}
          </pre>
        </div>
      ) : null}
      <LazyLab
        locale={locale}
        initialText={row.dockerfile}
        context={context}
        reference={reference}
        readOnly
        editorHeight="clamp(14rem, 42vh, 30rem)"
        label={d.labLabel(row.name)}
      />
    </section>
  )
}
