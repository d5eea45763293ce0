'use client'
/**
 * The agenda builder: pick lessons and exercises, order them, add a title and notes; the result is
 * a join link (`/{locale}/workshop/join/#w=…`, lib/workshop/agenda.ts). The agenda being edited is
 * kept in this browser. Client-only (ssr: false): it reads localStorage and the page's origin.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { agendaSchema, AGENDA_LIMITS, AGENDA_VERSION, emptyAgenda, joinPath, type Agenda, type AgendaItem } from '@/lib/workshop/agenda'
import { workshopButtonClass } from './learner-name'
import { workshopStrings } from './strings'

export const AGENDA_STORAGE_KEY = 'stagecraft:workshop:agenda'

export interface CatalogLesson {
  id: string
  number: number
  title: string
}

export interface CatalogExercise {
  id: string
  lesson: string
  title: string
}

export interface AgendaBuilderProps {
  locale: Locale
  lessons: CatalogLesson[]
  exercises: CatalogExercise[]
}

function readStored(): Agenda {
  try {
    const raw = localStorage.getItem(AGENDA_STORAGE_KEY)
    if (!raw || raw.length > AGENDA_LIMITS.json) return emptyAgenda()
    const parsed = agendaSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : emptyAgenda()
  } catch {
    return emptyAgenda()
  }
}

const keyOf = (item: AgendaItem) => `${item.type}:${item.id}`
const smallButton = 'inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border border-line bg-canvas px-2 text-sm font-medium text-ink hover:bg-surface disabled:opacity-40'

export default function AgendaBuilder({ locale, lessons, exercises }: AgendaBuilderProps) {
  const t = workshopStrings(locale).agenda
  const id = useId()
  const [agenda, setAgenda] = useState<Agenda>(readStored)
  const [status, setStatus] = useState('')
  const listRef = useRef<HTMLDivElement>(null)
  const pendingFocus = useRef<{ key: string | null; action: string } | null>(null)
  const linkRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(AGENDA_STORAGE_KEY, JSON.stringify(agenda))
      } catch {
        // Not kept: the builder still works for this visit.
      }
    }, 300)
    return () => clearTimeout(timer)
  }, [agenda])

  // Keep keyboard focus on the item that moved (or near the one removed).
  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending) return
    pendingFocus.current = null
    const root = listRef.current
    if (!root) return
    const selector = pending.key ? `[data-key="${CSS.escape(pending.key)}"] [data-action="${pending.action}"]` : `[data-action="${pending.action}"]`
    const target = root.querySelector<HTMLElement>(selector)
    if (target && !(target as HTMLButtonElement).disabled) target.focus()
    else root.querySelector<HTMLElement>(pending.key ? `[data-key="${CSS.escape(pending.key)}"] button:not(:disabled)` : 'h3')?.focus()
  })

  const titles = useMemo(() => {
    const map = new Map<string, string>()
    for (const l of lessons) map.set(`lesson:${l.id}`, l.title)
    for (const e of exercises) map.set(`exercise:${e.id}`, e.title)
    return map
  }, [lessons, exercises])
  const titleOf = (item: AgendaItem) => titles.get(keyOf(item)) ?? item.id
  const inAgenda = new Set(agenda.items.map(keyOf))

  const add = (item: AgendaItem) => {
    if (inAgenda.has(keyOf(item)) || agenda.items.length >= AGENDA_LIMITS.items) return
    setAgenda((a) => ({ ...a, items: [...a.items, item] }))
  }
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta
    if (target < 0 || target >= agenda.items.length) return
    const items = [...agenda.items]
    const [item] = items.splice(index, 1)
    items.splice(target, 0, item!)
    pendingFocus.current = { key: keyOf(item!), action: delta < 0 ? 'move-up' : 'move-down' }
    setAgenda((a) => ({ ...a, items }))
  }
  const remove = (index: number) => {
    const items = agenda.items.filter((_, i) => i !== index)
    const next = items[index] ?? items[index - 1]
    pendingFocus.current = { key: next ? keyOf(next) : null, action: next ? 'remove' : 'agenda-heading' }
    setAgenda((a) => ({ ...a, items }))
  }

  const path = joinPath(locale, { ...agenda, v: AGENDA_VERSION })
  const url = `${window.location.origin}${path}`

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(t.linkCopied)
    } catch {
      setStatus(t.copyFailed)
      linkRef.current?.select()
    }
  }

  const otherExercises = exercises.filter((e) => !lessons.some((l) => l.id === e.lesson))
  const addButton = (item: AgendaItem, title: string) =>
    inAgenda.has(keyOf(item)) ? (
      <span className="text-xs text-muted">{t.inAgenda}</span>
    ) : (
      <button type="button" className={smallButton} onClick={() => add(item)} data-action="add" data-item={keyOf(item)}>
        <span aria-hidden="true">+&nbsp;{t.add}</span>
        <span className="sr-only">{t.addItem(title)}</span>
      </button>
    )

  // One row per exercise, under its lesson or in the list of exercises without one.
  const exerciseRow = (e: CatalogExercise, padding: string) => (
    <li key={e.id} className={`flex items-center justify-between gap-2 ${padding}`.trim()}>
      <span className="min-w-0 text-sm">
        <span className="text-xs text-muted">{t.exercise} · </span>
        {e.title}
      </span>
      {addButton({ type: 'exercise', id: e.id }, e.title)}
    </li>
  )

  return (
    <div className="space-y-6" data-testid="agenda-builder">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-title`} className="block font-medium">
            {t.titleLabel}
          </label>
          <input
            id={`${id}-title`}
            type="text"
            value={agenda.title}
            maxLength={AGENDA_LIMITS.title}
            placeholder={t.titlePlaceholder}
            onChange={(e) => setAgenda((a) => ({ ...a, title: e.target.value }))}
            className="min-h-10 w-full rounded-md border border-line bg-canvas px-3 text-ink"
            data-testid="agenda-title"
          />
        </div>
        <div className="space-y-1 md:row-span-2">
          <label htmlFor={`${id}-notes`} className="block font-medium">
            {t.notesLabel}
          </label>
          <textarea
            id={`${id}-notes`}
            value={agenda.notes}
            maxLength={AGENDA_LIMITS.notes}
            rows={4}
            onChange={(e) => setAgenda((a) => ({ ...a, notes: e.target.value }))}
            className="w-full resize-y rounded-md border border-line bg-canvas p-2 text-ink"
            data-testid="agenda-notes"
          />
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby={`${id}-available`} className="min-w-0 space-y-2">
          <h3 id={`${id}-available`} className="text-lg font-semibold">
            {t.available}
          </h3>
          <ul className="divide-y divide-line rounded-lg border border-line" data-testid="agenda-catalog">
            {lessons.map((lesson) => {
              const lessonItem: AgendaItem = { type: 'lesson', id: lesson.id }
              const own = exercises.filter((e) => e.lesson === lesson.id)
              return (
                <li key={lesson.id} className="px-3 py-2">
                  <div className="flex items-center justify-between gap-2">
                    <span className="min-w-0">
                      <span className="text-xs text-muted">
                        {t.lesson} {lesson.number} ·{' '}
                      </span>
                      {lesson.title}
                    </span>
                    {addButton(lessonItem, lesson.title)}
                  </div>
                  {own.length > 0 ? (
                    <ul className="mt-1 space-y-1 border-l-2 border-line pl-3">
                      {own.map((e) => exerciseRow(e, ''))}
                    </ul>
                  ) : null}
                </li>
              )
            })}
            {otherExercises.map((e) => exerciseRow(e, 'px-3 py-2'))}
          </ul>
        </section>

        <section aria-labelledby={`${id}-selected`} className="min-w-0 space-y-2">
          <div ref={listRef} className="space-y-2">
            <h3 id={`${id}-selected`} tabIndex={-1} data-action="agenda-heading" className="text-lg font-semibold outline-offset-2">
              {t.selected}
            </h3>
            {agenda.items.length === 0 ? (
              <p className="rounded-lg border border-dashed border-line p-3 text-sm text-muted">{t.empty}</p>
            ) : (
              <ol className="divide-y divide-line rounded-lg border border-line" data-testid="agenda-items">
                {agenda.items.map((item, index) => {
                  const title = titleOf(item)
                  return (
                    <li key={keyOf(item)} data-key={keyOf(item)} className="flex items-center gap-2 px-3 py-2">
                      <span className="w-6 shrink-0 text-right text-sm text-muted tabular-nums">{index + 1}.</span>
                      <span className="min-w-0 flex-1">
                        <span className="block text-xs text-muted">{item.type === 'lesson' ? t.lesson : t.exercise}</span>
                        {title}
                      </span>
                      <button type="button" className={smallButton} onClick={() => move(index, -1)} disabled={index === 0} aria-label={t.moveUp(title)} data-action="move-up">
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        className={smallButton}
                        onClick={() => move(index, 1)}
                        disabled={index === agenda.items.length - 1}
                        aria-label={t.moveDown(title)}
                        data-action="move-down"
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                      <button type="button" className={smallButton} onClick={() => remove(index)} aria-label={t.remove(title)} data-action="remove">
                        <span aria-hidden="true">✕</span>
                      </button>
                    </li>
                  )
                })}
              </ol>
            )}
            {agenda.items.length > 0 ? (
              <button
                type="button"
                className={workshopButtonClass}
                onClick={() => {
                  pendingFocus.current = { key: null, action: 'agenda-heading' }
                  setAgenda((a) => ({ ...a, items: [] }))
                }}
                data-action="clear-agenda"
              >
                {t.clear}
              </button>
            ) : null}
          </div>
        </section>
      </div>

      <div className="space-y-2 rounded-lg border border-line bg-surface p-3">
        <label htmlFor={`${id}-link`} className="block font-medium">
          {t.joinLink}
        </label>
        <input
          id={`${id}-link`}
          ref={linkRef}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-10 w-full rounded-md border border-line bg-canvas px-3 font-mono text-xs text-ink"
          data-testid="join-link"
        />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={workshopButtonClass} onClick={() => void copyLink()} data-action="copy-link">
            {t.copyLink}
          </button>
          <a href={path} target="_blank" rel="noopener" className={workshopButtonClass} data-action="open-link">
            {t.openLink}
          </a>
          <span role="status" className="text-sm">
            {status}
          </span>
        </div>
        <p className="text-xs text-muted">{t.saved}</p>
      </div>
    </div>
  )
}
