'use client'
/**
 * "Copy submission code" for an exercise: encodes the learner's current files and the result they
 * see (lib/workshop/code.ts, `SC1.` + base64url(deflate(JSON))) with their workshop name, copies it,
 * and shows it in a read-only field so it can be copied by hand too. The encoder (zod, fflate) loads
 * on idle or on first use, so it never weighs on a lesson page's initial JavaScript.
 *
 * Mounted by the exercise workbench (components/exercise/workbench.tsx):
 *   <SubmissionCode locale={locale} exerciseId={data.id} files={shownCode} result={report} />
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { getLearnerName, LearnerNameField, workshopButtonClass } from './learner-name'
import { workshopStrings } from './strings'

type Codec = typeof import('@/lib/workshop/code')
let codec: Promise<Codec> | null = null
function loadCodec(): Promise<Codec> {
  codec ??= import('@/lib/workshop/code')
  codec.catch(() => {
    codec = null
  })
  return codec
}

export interface SubmissionFiles {
  dockerfile: string
  dockerignore: string | null
}

export interface SubmissionResult {
  passed: boolean
  checks: ReadonlyArray<{ id: string; passed: boolean }>
}

export interface SubmissionCodeProps {
  locale: Locale
  exerciseId: string
  /** The learner's files, as last graded. */
  files: SubmissionFiles
  /** The result the learner sees for those files. */
  result: SubmissionResult
  /** The section heading's level (3 inside the workbench). */
  headingLevel?: 2 | 3 | 4
}

interface Made {
  code: string
  files: SubmissionFiles
  result: SubmissionResult
  passed: boolean
}

export function SubmissionCode({ locale, exerciseId, files, result, headingLevel = 3 }: SubmissionCodeProps) {
  const t = workshopStrings(locale).submission
  const id = useId()
  const [made, setMade] = useState<Made | null>(null)
  const [needName, setNeedName] = useState(false)
  const [status, setStatus] = useState('')
  const output = useRef<HTMLTextAreaElement>(null)
  const latest = useRef({ files, result })
  useEffect(() => {
    latest.current = { files, result }
  })

  // Warm the encoder once the browser is idle, so the click copies without waiting for a chunk.
  useEffect(() => {
    const run = () => void loadCodec().catch(() => undefined)
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: 3000 })
      return () => window.cancelIdleCallback(handle)
    }
    const handle = setTimeout(run, 500)
    return () => clearTimeout(handle)
  }, [])

  // A code describes the files it was made from: once they change, it is no longer shown.
  const current = made && made.files === files && made.result === result ? made : null

  async function copy(name: string) {
    setNeedName(false)
    const { files: f, result: r } = latest.current
    let code: string
    try {
      const { encodeSubmission } = await loadCodec()
      code = encodeSubmission({
        name,
        exercise: exerciseId,
        dockerfile: f.dockerfile,
        dockerignore: f.dockerignore,
        result: { passed: r.passed, checks: r.checks.map((c) => ({ id: c.id, passed: c.passed })) },
      })
    } catch {
      setStatus(t.failed)
      return
    }
    setMade({ code, files: f, result: r, passed: r.passed })
    try {
      await navigator.clipboard.writeText(code)
      setStatus(t.copied)
    } catch {
      setStatus(t.copyFailed)
      requestAnimationFrame(() => output.current?.select())
    }
  }

  const onCopy = () => {
    const name = getLearnerName()
    if (!name) {
      setNeedName(true)
      setStatus(t.needName)
      return
    }
    void copy(name)
  }

  const Heading = `h${headingLevel}` as 'h3'
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-line p-4" data-testid="submission">
      <Heading id={`${id}-heading`} className="text-lg font-semibold">
        {t.heading}
      </Heading>
      <p className="text-sm text-muted">{t.help}</p>
      <LearnerNameField locale={locale} forceEdit={needName} onSaved={needName ? (name) => void copy(name) : undefined} />
      <div>
        <button type="button" onClick={onCopy} className={workshopButtonClass} data-action="copy-submission">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
            <rect x="6.5" y="6.5" width="10" height="11" rx="1.5" />
            <path d="M13.5 6.5V4a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 4v9A1.5 1.5 0 0 0 5 14.5h1.5" />
          </svg>
          {t.copy}
        </button>
      </div>
      {current ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-code`} className="block text-sm font-medium">
            {t.codeLabel}
          </label>
          <textarea
            id={`${id}-code`}
            ref={output}
            readOnly
            rows={3}
            value={current.code}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
            className="w-full resize-y rounded-md border border-line bg-surface p-2 font-mono text-xs break-all text-ink"
            data-testid="submission-code"
            data-passed={current.passed ? 'true' : 'false'}
          />
          <p className="text-xs text-muted">{current.passed ? t.resultPassed : t.resultFailed}</p>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm" data-testid="submission-status">
        {status}
      </p>
    </section>
  )
}
