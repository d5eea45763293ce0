'use client'
/**
 * The instructor's gradebook: paste submission codes or drop a text file (one per line); each code
 * is re-graded here with the current grader (./regrade-engine.ts, loaded on first use), never
 * trusting the result it claims. A table of learners × exercises (the latest submission of each),
 * a "claimed ≠ regraded" flag, one error row per bad line, a read-only drill-down with the lab, and
 * the CSV export (lib/workshop/regrade.ts `toCsv`).
 *
 * Everything in a code is untrusted: it is only ever rendered as React text or shown in the
 * read-only editor. Loaded client-only (ssr: false) by ./gradebook-loader.tsx.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { localeTags } from '@/lib/i18n/locales'
import type { GradebookRow } from '@/lib/workshop/regrade'
import { MismatchFlag, PassFail } from './badges'
import { GradebookDrilldown, type DrilldownRow } from './gradebook-drilldown'
import { workshopButtonClass } from './learner-name'
import type { MaterialsData, Regrader } from './regrade-engine'
import { workshopStrings, type WorkshopDictionary } from './strings'

export const GRADEBOOK_STORAGE_KEY = 'stagecraft:workshop:codes'
export const GRADEBOOK_LIMITS = {
  /** A dropped file larger than this is refused. */
  fileBytes: 5 * 1024 * 1024,
  /** Lines graded per run. */
  lines: 2_000,
  /** Pasted text kept in localStorage. */
  storedChars: 1_000_000,
} as const

type RegradedRow = Extract<GradebookRow, { valid: true }>
type InvalidRow = Extract<GradebookRow, { valid: false }>

export interface GradebookExercise {
  id: string
  title: string
}

export interface GradebookProps {
  locale: Locale
  /** Every exercise, in course order (column order). */
  exercises: GradebookExercise[]
  materials: Record<string, MaterialsData>
}

let engine: Promise<typeof import('./regrade-engine')> | null = null
function loadEngine() {
  engine ??= import('./regrade-engine')
  engine.catch(() => {
    engine = null
  })
  return engine
}

function readStored(): string {
  try {
    return localStorage.getItem(GRADEBOOK_STORAGE_KEY) ?? ''
  } catch {
    return ''
  }
}

function store(text: string) {
  try {
    if (!text.trim() || text.length > GRADEBOOK_LIMITS.storedChars) localStorage.removeItem(GRADEBOOK_STORAGE_KEY)
    else localStorage.setItem(GRADEBOOK_STORAGE_KEY, text)
  } catch {
    // Storage full or disabled: the gradebook still works for this visit.
  }
}

/** The core's English reasons, in the page's language (the original stays available as detail). */
export function localizedReason(error: string, t: WorkshopDictionary['gradebook']['reasons']): string {
  if (/^empty line/.test(error)) return t.empty
  if (/^not a submission code/.test(error)) return t.notACode
  if (/newer Stagecraft/.test(error)) return t.newer
  if (/^too large/.test(error)) return t.tooLarge
  if (/truncated|corrupted/.test(error)) return t.corrupted
  if (/^invalid content/.test(error)) return t.invalid
  const unknown = /^unknown exercise '(.*)'$/.exec(error)
  if (unknown) return t.unknownExercise(unknown[1] ?? '')
  return t.other
}

interface Cell {
  latest: RegradedRow
  count: number
}

function isNewer(a: RegradedRow, b: RegradedRow): boolean {
  // ISO timestamps in UTC compare as text; on a tie the later line wins.
  return a.submittedAt > b.submittedAt || (a.submittedAt === b.submittedAt && a.line > b.line)
}

export default function Gradebook({ locale, exercises, materials }: GradebookProps) {
  const tw = workshopStrings(locale)
  const t = tw.gradebook
  const id = useId()
  const [stored] = useState(readStored)
  const [text, setText] = useState(stored)
  const [rows, setRows] = useState<GradebookRow[] | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [selected, setSelected] = useState<number | null>(null)
  const [dragging, setDragging] = useState(false)
  const [engineReady, setEngineReady] = useState(false)
  const run = useRef(0)
  const regrader = useRef<Regrader | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const titles = useMemo(() => new Map(exercises.map((e) => [e.id, e.title])), [exercises])

  const grade = useCallback(
    async (input: string) => {
      const current = ++run.current
      setSelected(null)
      const all = input.split(/\r?\n/)
      const lines = all.slice(0, GRADEBOOK_LIMITS.lines)
      const work = lines.map((raw, i) => ({ raw, line: i + 1 })).filter((l) => l.raw.trim() !== '')
      setNotice(all.length > GRADEBOOK_LIMITS.lines ? t.tooManyLines(GRADEBOOK_LIMITS.lines) : null)
      setProgress({ done: 0, total: work.length })
      if (!regrader.current) {
        try {
          regrader.current = (await loadEngine()).createRegrader(materials)
          setEngineReady(true)
        } catch {
          if (current === run.current) {
            setProgress(null)
            setNotice(t.loadFailed)
          }
          return
        }
      }
      const out: GradebookRow[] = []
      for (let i = 0; i < work.length; i++) {
        if (current !== run.current) return
        const item = work[i]!
        const row = regrader.current.regrade(item.raw, item.line)
        if (row) out.push(row)
        // Let the page breathe between codes: a class's worth of codes never freezes it.
        if (i % 4 === 3 && i + 1 < work.length) {
          setProgress({ done: i + 1, total: work.length })
          await new Promise((resolve) => setTimeout(resolve, 0))
        }
      }
      if (current !== run.current) return
      setRows(out)
      setProgress(null)
    },
    [materials, t],
  )

  // Codes kept from the last visit are graded again (the grader may have changed since).
  useEffect(() => {
    if (!stored.trim()) return
    const timer = setTimeout(() => void grade(stored), 0)
    return () => clearTimeout(timer)
  }, [stored, grade])

  useEffect(() => {
    const timer = setTimeout(() => store(text), 300)
    return () => clearTimeout(timer)
  }, [text])

  async function readFile(file: File | undefined) {
    if (!file) return
    if (file.size > GRADEBOOK_LIMITS.fileBytes) {
      setNotice(t.fileTooBig(GRADEBOOK_LIMITS.fileBytes / 1024 / 1024))
      return
    }
    let content: string
    try {
      content = await file.text()
    } catch {
      setNotice(t.fileUnreadable)
      return
    }
    const next = text.trim() ? `${text.replace(/\s+$/, '')}\n${content}` : content
    setText(next)
    void grade(next)
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void readFile(event.dataTransfer.files[0])
  }

  const table = useMemo(() => {
    if (!rows) return null
    const valid = rows.filter((r): r is RegradedRow => r.valid)
    const invalid = rows.filter((r): r is InvalidRow => !r.valid)
    const cells = new Map<string, Map<string, Cell>>()
    for (const row of valid) {
      const byExercise = cells.get(row.name) ?? new Map<string, Cell>()
      cells.set(row.name, byExercise)
      const cell = byExercise.get(row.exercise)
      if (!cell) byExercise.set(row.exercise, { latest: row, count: 1 })
      else byExercise.set(row.exercise, { latest: isNewer(row, cell.latest) ? row : cell.latest, count: cell.count + 1 })
    }
    const present = new Set(valid.map((r) => r.exercise))
    const columns = exercises.filter((e) => present.has(e.id))
    const names = [...cells.keys()].sort((a, b) => a.localeCompare(b, localeTags[locale]))
    return { valid, invalid, cells, columns, names }
  }, [rows, exercises, locale])

  const download = async () => {
    if (!rows) return
    const { toCsv } = await loadEngine()
    const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = `stagecraft-gradebook-${new Date().toISOString().slice(0, 10)}.csv`
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  const selectedRow = rows?.find((r): r is RegradedRow => r.valid && r.line === selected) ?? null
  const drill: DrilldownRow | null = selectedRow ? { ...selectedRow, exerciseTitle: titles.get(selectedRow.exercise) ?? selectedRow.exercise } : null

  return (
    <div className="space-y-5" data-testid="gradebook">
      <div
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`space-y-2 rounded-lg border-2 border-dashed p-3 ${dragging ? 'border-accent bg-surface' : 'border-line'}`}
        data-testid="gradebook-dropzone"
      >
        <label htmlFor={`${id}-codes`} className="block font-medium">
          {t.codesLabel}
        </label>
        <textarea
          id={`${id}-codes`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={6}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-drop`}
          className="w-full resize-y rounded-md border border-line bg-canvas p-2 font-mono text-xs text-ink"
          data-testid="gradebook-input"
        />
        <p id={`${id}-drop`} className="text-sm text-muted">
          {t.dropHint}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 text-sm font-semibold text-accent-contrast hover:opacity-90 disabled:opacity-50"
            onClick={() => void grade(text)}
            disabled={!text.trim()}
            data-action="grade"
          >
            {t.grade}
          </button>
          <button type="button" className={workshopButtonClass} onClick={() => fileInput.current?.click()} data-action="choose-file">
            {t.chooseFile}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.csv,text/plain"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              void readFile(e.target.files?.[0])
              e.target.value = ''
            }}
            data-testid="gradebook-file"
          />
          <button
            type="button"
            className={workshopButtonClass}
            onClick={() => {
              run.current++
              setText('')
              setRows(null)
              setProgress(null)
              setNotice(null)
              setSelected(null)
            }}
            disabled={!text && !rows}
            data-action="clear"
          >
            {t.clear}
          </button>
        </div>
        <p className="text-xs text-muted">{t.privacy}</p>
      </div>

      <div role="status" aria-live="polite" className="text-sm" data-testid="gradebook-status">
        {progress ? (engineReady ? t.grading(progress.done, progress.total) : t.loading) : table ? t.summary(table.names.length, table.valid.length, table.invalid.length) : null}
        {notice ? <span className="block font-medium">{notice}</span> : null}
      </div>

      {table && table.valid.length > 0 ? (
        <div className="space-y-3">
          <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table className="w-full border-collapse text-sm" data-testid="gradebook-table">
              <caption id={`${id}-caption`} className="px-3 py-2 text-left text-sm text-muted">
                {t.tableCaption}
              </caption>
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="border-b border-line px-3 py-2 text-left font-semibold">
                    {t.learner}
                  </th>
                  {table.columns.map((e) => (
                    <th key={e.id} scope="col" className="border-b border-line px-3 py-2 text-left font-semibold" data-exercise={e.id}>
                      <span className="block">{e.title}</span>
                      <span className="block font-mono text-xs font-normal text-muted">{e.id}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.names.map((name) => (
                  <tr key={name} data-learner={name} className="border-b border-line last:border-b-0">
                    <th scope="row" className="px-3 py-2 text-left align-top font-medium break-words">
                      {name}
                    </th>
                    {table.columns.map((e) => {
                      const cell = table.cells.get(name)?.get(e.id)
                      if (!cell) {
                        return (
                          <td key={e.id} className="px-3 py-2 align-top text-muted" data-exercise={e.id} data-result="none">
                            <span aria-hidden="true">— </span>
                            <span className="text-xs">{t.none}</span>
                          </td>
                        )
                      }
                      const row = cell.latest
                      return (
                        <td
                          key={e.id}
                          className="px-3 py-2 align-top"
                          data-exercise={e.id}
                          data-result={row.passed ? 'pass' : 'fail'}
                          data-claimed={row.claimedPassed ? 'pass' : 'fail'}
                          data-mismatch={row.mismatch ? 'true' : 'false'}
                        >
                          <div className="flex flex-col items-start gap-1">
                            <PassFail passed={row.passed} t={t} />
                            {row.mismatch ? <MismatchFlag t={t} edited={row.edited} /> : null}
                            {cell.count > 1 ? <span className="text-xs text-muted">{t.submissions(cell.count)}</span> : null}
                            <button
                              type="button"
                              className="inline-flex min-h-8 items-center rounded-md border border-line bg-canvas px-2 text-xs font-medium text-ink hover:bg-surface"
                              onClick={() => setSelected(row.line)}
                              aria-expanded={selected === row.line}
                              data-action="view"
                            >
                              <span aria-hidden="true">{t.viewShort}</span>
                              <span className="sr-only">{t.view(name, e.title)}</span>
                            </button>
                          </div>
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className={workshopButtonClass} onClick={() => void download()} data-action="export-csv">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16.5h12" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {t.exportCsv}
          </button>
        </div>
      ) : table && !progress ? (
        <p className="text-sm text-muted">{t.empty}</p>
      ) : null}

      {table && table.invalid.length > 0 ? (
        <section aria-labelledby={`${id}-invalid`} className="space-y-2">
          <h3 id={`${id}-invalid`} className="text-lg font-semibold">
            {t.invalidHeading}
          </h3>
          <div className="overflow-x-auto rounded-lg border border-line">
            <table className="w-full border-collapse text-sm" data-testid="gradebook-invalid">
              <thead className="bg-surface">
                <tr>
                  <th scope="col" className="border-b border-line px-3 py-2 text-left font-semibold">
                    {t.line}
                  </th>
                  <th scope="col" className="border-b border-line px-3 py-2 text-left font-semibold">
                    {t.reason}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.invalid.map((row) => (
                  <tr key={row.line} data-line={row.line} className="border-b border-line last:border-b-0">
                    <td className="px-3 py-2 align-top tabular-nums">{row.line}</td>
                    <td className="px-3 py-2 align-top">
                      <span className="block">{localizedReason(row.error, t.reasons)}</span>
                      <span className="block font-mono text-xs break-all text-muted" data-testid="invalid-detail">
                        {row.error}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {drill ? <GradebookDrilldown key={drill.line} row={drill} locale={locale} materials={Object.hasOwn(materials, drill.exercise) ? materials[drill.exercise]! : null} onClose={() => setSelected(null)} /> : null}
    </div>
  )
}
