'use client'
/**
 * The exercise workbench: the lab (editor and panels, with the starter as the size reference), a
 * live checklist graded in the browser, explicit success, hints one at a time, the solution as a
 * diff after a confirmation, and a reset to the starter. The learner's code, result, attempts and
 * hints are saved in the progress document as they work.
 *
 * Loaded lazily (next/dynamic) by ./exercise-launcher.tsx: it brings the editor and the grader.
 */
import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { ProgressRecoveryNotice } from '@/components/course/progress-notice'
import { getProgressSnapshot, subscribeProgress, updateExercise } from '@/components/course/progress-store'
import type { EditorApi } from '@/components/lab/editor-host'
import { ANALYSIS_DEBOUNCE_MS, Lab, type LabPanel, type LabReference } from '@/components/lab/lab'
import { findExercise } from '@/lessons/exercises'
import type { WorkbenchData } from '@/lib/content/exercise-data'
import { contextFromFiles } from '@/lib/context/build'
import { codeFromLab, labContextFor, type ExerciseCode } from '@/lib/exercise/context'
import { gradeSubmission } from '@/lib/grade/grade'
import type { GradeReport } from '@/lib/grade/types'
import { dictionaries } from '@/lib/i18n'
import type { LabContext } from '@/lib/lab/context'
import { countsAsAttempt, resultSignature } from '@/lib/progress/progress'
import { Checklist, PassIcon } from './checklist'
import { ConfirmDialog } from './confirm-dialog'
import { InlineCode } from './inline-code'
import { SolutionDiff } from './solution-view'
import { SubmissionCode } from '@/components/workshop/submission-code'

/** A result change counts as an attempt once typing has paused this long (like the lab's announcements). */
const ATTEMPT_SETTLE_MS = 1500
/** The checklist summary is announced once typing pauses. */
const ANNOUNCE_DELAY_MS = 1200

const MemoLab = memo(Lab)
const PANELS: readonly LabPanel[] = ['problems', 'layers', 'stages', 'whatif', 'context']

const buttonClass = 'inline-flex min-h-10 items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface disabled:opacity-50'

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 250 })
    return () => window.cancelIdleCallback(id)
  }
  const id = setTimeout(run, 0)
  return () => clearTimeout(id)
}

export interface WorkbenchProps {
  data: WorkbenchData
  /** Move focus into the workbench once it is up (it replaced the button the learner pressed). */
  focusOnMount?: boolean
}

export default function Workbench({ data, focusOnMount = false }: WorkbenchProps) {
  const exercise = findExercise(data.id)
  const tx = dictionaries[data.locale].exercises
  const t = tx.workbench
  const id = useId()
  const locale = data.locale

  const starter: ExerciseCode = data.starter
  const gradeContext = useMemo(() => contextFromFiles(data.contextFiles), [data.contextFiles])
  const grade = useCallback(
    (code: ExerciseCode): GradeReport | null => (exercise ? gradeSubmission(exercise, code, { context: gradeContext, starter: data.starter }) : null),
    [exercise, gradeContext, data.starter],
  )

  // The learner's saved code, or the starter.
  const [initial] = useState<ExerciseCode>(() => getProgressSnapshot().exercises[data.id]?.code ?? starter)
  const [doc, setDoc] = useState<{ key: number; code: ExerciseCode }>({ key: 0, code: initial })
  const current = useRef<ExerciseCode>(initial)
  const [report, setReport] = useState<GradeReport | null>(() => grade(initial))
  const [shownCode, setShownCode] = useState<ExerciseCode>(initial)

  const progress = useSyncExternalStore(subscribeProgress, getProgressSnapshot, getProgressSnapshot)
  const entry = progress.exercises[data.id]
  const hintsShown = Math.min(data.hints.length, entry?.hintsShown ?? 0)
  const attempts = entry?.attempts ?? 0

  const [editor, setEditor] = useState<EditorApi | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [status, setStatus] = useState('')
  const [confirm, setConfirm] = useState<'solution' | 'reset' | null>(null)
  const [solutionOpen, setSolutionOpen] = useState(false)

  const lastAttempt = useRef<string | null>(report ? resultSignature(report.checks) : null)
  const timers = useRef<{ grade?: ReturnType<typeof setTimeout>; idle?: () => void; settle?: ReturnType<typeof setTimeout> }>({})
  const rootRef = useRef<HTMLDivElement>(null)
  const solutionRef = useRef<HTMLHeadingElement>(null)
  const hintRefs = useRef<(HTMLLIElement | null)[]>([])
  const revealedHint = useRef<number | null>(null)

  /**
   * Grades the current code now and saves code and result. `explicit`: the Check button (an attempt);
   * `live`: after an edit (an attempt if the learner pauses on a new result); `reset`: never an attempt.
   */
  const runGrade = useCallback(
    (mode: 'live' | 'explicit' | 'reset') => {
      const explicit = mode === 'explicit'
      const code = current.current
      const next = grade(code)
      if (!next) return
      const signature = resultSignature(next.checks)
      const attempt = explicit && countsAsAttempt({ explicit, signature, lastAttemptSignature: lastAttempt.current })
      if (attempt) lastAttempt.current = signature
      updateExercise(data.id, { code, passed: next.passed, attempt }, starter)
      startTransition(() => {
        setReport(next)
        setShownCode(code)
      })
      if (timers.current.settle) clearTimeout(timers.current.settle)
      if (mode === 'reset') lastAttempt.current = signature
      else if (!explicit) {
        // A live result counts as an attempt once the learner pauses on it.
        timers.current.settle = setTimeout(() => {
          if (countsAsAttempt({ explicit: false, signature, lastAttemptSignature: lastAttempt.current })) {
            lastAttempt.current = signature
            updateExercise(data.id, { attempt: true }, starter)
          }
        }, ATTEMPT_SETTLE_MS)
      }
      return next
    },
    [grade, data.id, starter],
  )

  /** Same debounce as the lab's analysis, then when the browser is idle: typing never waits for grading. */
  const scheduleGrade = useCallback(() => {
    const tm = timers.current
    if (tm.grade) clearTimeout(tm.grade)
    tm.idle?.()
    tm.grade = setTimeout(() => {
      tm.grade = undefined
      tm.idle = whenIdle(() => {
        tm.idle = undefined
        runGrade('live')
      })
    }, ANALYSIS_DEBOUNCE_MS)
  }, [runGrade])

  useEffect(() => {
    const tm = timers.current
    return () => {
      if (tm.grade) clearTimeout(tm.grade)
      if (tm.settle) clearTimeout(tm.settle)
      tm.idle?.()
    }
  }, [])

  // Save the latest code if the page goes away between a keystroke and its grading.
  useEffect(() => {
    const flush = () => {
      if (timers.current.grade || timers.current.idle) runGrade('live')
    }
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [runGrade])

  const onTextChange = useCallback(
    (text: string) => {
      current.current = { ...current.current, dockerfile: text }
      scheduleGrade()
    },
    [scheduleGrade],
  )
  const onContextChange = useCallback(
    (context: LabContext) => {
      current.current = codeFromLab(current.current.dockerfile, context.dockerignore, data.contextFiles)
      scheduleGrade()
    },
    [scheduleGrade, data.contextFiles],
  )

  // Screen readers hear "3 of 5 checks pass" once typing pauses (success has its own live region).
  const passedCount = report?.checks.filter((c) => c.passed).length ?? 0
  const total = report?.checks.length ?? 0
  const summary = t.checksSummary(passedCount, total)
  useEffect(() => {
    if (report?.passed) return
    const timer = setTimeout(() => setAnnouncement(summary), ANNOUNCE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [summary, report?.passed])

  useEffect(() => {
    if (focusOnMount) rootRef.current?.focus()
  }, [focusOnMount])

  useEffect(() => {
    if (solutionOpen) solutionRef.current?.focus()
  }, [solutionOpen])

  useEffect(() => {
    if (revealedHint.current !== null) {
      hintRefs.current[revealedHint.current]?.focus()
      revealedHint.current = null
    }
  }, [hintsShown])

  const labContext = useMemo(() => labContextFor(data.contextFiles, doc.code), [data.contextFiles, doc.code])
  const reference = useMemo<LabReference>(
    () => ({ text: data.starter.dockerfile, context: labContextFor(data.contextFiles, data.starter), label: t.starterLabel }),
    [data.starter, data.contextFiles, t.starterLabel],
  )

  const cancelPending = () => {
    const tm = timers.current
    if (tm.grade) clearTimeout(tm.grade)
    if (tm.settle) clearTimeout(tm.settle)
    tm.idle?.()
    tm.grade = undefined
    tm.idle = undefined
    tm.settle = undefined
  }

  const check = () => {
    cancelPending()
    const next = runGrade('explicit')
    if (next) setAnnouncement(next.passed ? t.allPass : t.checksSummary(next.checks.filter((c) => c.passed).length, next.checks.length))
  }

  const revealHint = () => {
    if (hintsShown >= data.hints.length) return
    revealedHint.current = hintsShown
    updateExercise(data.id, { hintsShown: hintsShown + 1 }, starter)
  }

  const reset = () => {
    setConfirm(null)
    cancelPending()
    current.current = starter
    setDoc((d) => ({ key: d.key + 1, code: starter }))
    runGrade('reset')
    setStatus(t.resetDone)
  }

  const showSolution = () => {
    setConfirm(null)
    setSolutionOpen(true)
    updateExercise(data.id, { solutionViewed: true }, starter)
  }

  const copySolution = async () => {
    try {
      await navigator.clipboard.writeText(data.solution.dockerfile)
      setStatus(t.copied)
    } catch {
      setStatus(t.copyFailed)
    }
  }

  const goToLine = useCallback((line: number) => editor?.revealLine(line), [editor])

  if (!exercise || !report) return <p role="alert">{t.loadFailed}</p>

  const solutionIgnore = data.solution.dockerignore
  const showIgnoreDiff = data.editsDockerignore && solutionIgnore !== null

  return (
    <div ref={rootRef} tabIndex={-1} className="space-y-5 outline-none" data-exercise-workbench="" data-exercise-id={data.id} data-passed={report.passed ? 'true' : 'false'} aria-label={t.label(data.title)} role="group">
      <ProgressRecoveryNotice labels={tx.progress} />
      {data.editsDockerignore ? (
        <p className="rounded-md border border-line bg-surface px-3 py-2 text-sm" data-testid="dockerignore-note">
          {t.dockerignoreNote}
        </p>
      ) : null}

      <MemoLab
        key={doc.key}
        locale={locale}
        initialText={doc.code.dockerfile}
        context={labContext}
        reference={reference}
        panels={PANELS}
        initialPanel={data.editsDockerignore ? 'context' : 'problems'}
        editorHeight="clamp(16rem, 50vh, 34rem)"
        label={t.labLabel(data.title)}
        onTextChange={onTextChange}
        onContextChange={onContextChange}
        onEditorReady={setEditor}
      />
      <p className="text-xs text-muted">{t.savedNote}</p>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby={`${id}-checks`} className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 id={`${id}-checks`} className="text-lg font-semibold">
              {t.checks} <span className="text-sm font-normal text-muted">({summary})</span>
            </h3>
            <div className="flex items-center gap-2">
              <span className="text-xs text-muted" data-testid="attempts">
                {t.attempts(attempts)}
              </span>
              <button type="button" onClick={check} className={buttonClass} data-action="check">
                {t.check}
              </button>
            </div>
          </div>
          <div role="status" aria-live="polite" data-testid="exercise-success">
            {report.passed ? (
              <div className="flex gap-3 rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-950 dark:border-green-400 dark:bg-green-950/40 dark:text-green-100">
                <PassIcon className="mt-0.5 h-6 w-6" />
                <div>
                  <p className="font-semibold">{t.allPass}</p>
                  <p className="mt-0.5 text-sm">{t.successBody}</p>
                </div>
              </div>
            ) : null}
          </div>
          <Checklist report={report} locale={locale} t={t} onGoToLine={editor ? goToLine : undefined} headingId={`${id}-checks`} />
        </section>

        <section aria-labelledby={`${id}-hints`} className="min-w-0 space-y-3">
          <h3 id={`${id}-hints`} className="text-lg font-semibold">
            {t.hints}
          </h3>
          {hintsShown > 0 ? (
            <ol className="space-y-2" data-testid="hints">
              {data.hints.slice(0, hintsShown).map((hint, i) => (
                <li
                  key={i}
                  ref={(el) => {
                    hintRefs.current[i] = el
                  }}
                  tabIndex={-1}
                  data-hint={i + 1}
                  className="rounded-md border border-line bg-surface px-3 py-2 text-sm outline-offset-2"
                >
                  <span className="block text-xs font-semibold text-muted">{t.hintLabel(i + 1, data.hints.length)}</span>
                  <InlineCode text={hint} />
                </li>
              ))}
            </ol>
          ) : null}
          {hintsShown < data.hints.length ? (
            <button type="button" onClick={revealHint} className={buttonClass} data-action="show-hint">
              {t.showHint(hintsShown + 1, data.hints.length)}
            </button>
          ) : (
            <p className="text-sm text-muted">{t.allHintsShown}</p>
          )}
        </section>
      </div>

      <div className="flex flex-wrap gap-2 border-t border-line pt-4">
        {solutionOpen ? (
          <button type="button" onClick={() => setSolutionOpen(false)} className={buttonClass} aria-expanded="true" data-action="hide-solution">
            {t.hideSolution}
          </button>
        ) : (
          <button type="button" onClick={() => setConfirm('solution')} className={buttonClass} aria-haspopup="dialog" data-action="show-solution">
            {t.showSolution}
          </button>
        )}
        <button type="button" onClick={() => setConfirm('reset')} className={buttonClass} aria-haspopup="dialog" data-action="reset">
          <span aria-hidden="true">↺</span>
          {t.reset}
        </button>
      </div>

      {solutionOpen ? (
        <section aria-labelledby={`${id}-solution`} className="space-y-3" data-testid="solution">
          <h3 id={`${id}-solution`} ref={solutionRef} tabIndex={-1} className="text-lg font-semibold outline-offset-2">
            {t.solution}
          </h3>
          <p className="text-sm text-muted">{t.solutionIntro}</p>
          <p className="text-xs text-muted">{t.diffLegend}</p>
          <SolutionDiff file="Dockerfile" mine={shownCode.dockerfile} solution={data.solution.dockerfile} t={t} />
          {showIgnoreDiff ? <SolutionDiff file=".dockerignore" mine={shownCode.dockerignore ?? ''} solution={solutionIgnore} t={t} /> : null}
          <button type="button" onClick={copySolution} className={buttonClass} data-action="copy-solution">
            {t.copySolution}
          </button>
        </section>
      ) : null}

      {/* Workshops (components/workshop/): the files and result shown above, as a code for the instructor. */}
      <SubmissionCode locale={locale} exerciseId={data.id} files={shownCode} result={report} />

      <ConfirmDialog
        open={confirm === 'solution'}
        title={t.confirmSolutionTitle}
        body={t.confirmSolutionBody}
        confirmLabel={t.confirmSolution}
        cancelLabel={t.cancel}
        onConfirm={showSolution}
        onCancel={() => setConfirm(null)}
        testId="confirm-solution"
      />
      <ConfirmDialog
        open={confirm === 'reset'}
        title={t.confirmResetTitle}
        body={t.confirmResetBody}
        confirmLabel={t.confirmReset}
        cancelLabel={t.cancel}
        onConfirm={reset}
        onCancel={() => setConfirm(null)}
        testId="confirm-reset"
      />

      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="exercise-announcer">
        {announcement}
      </div>
      <div role="status" aria-live="polite" className="sr-only" data-testid="exercise-status">
        {status}
      </div>
    </div>
  )
}
