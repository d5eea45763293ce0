'use client'
/**
 * The learner's display name for workshops: entered once, kept in this browser (localStorage),
 * changeable. Submission codes carry it; nothing else reads it. Tabs stay in sync through the
 * `storage` event. Small on purpose: the exercise workbench and the join page both mount it.
 */
import { useId, useState, useSyncExternalStore, type FormEvent } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { workshopStrings } from './strings'

export const LEARNER_NAME_KEY = 'stagecraft:workshop:name'
/** The same ceiling as a submission code's name. */
export const LEARNER_NAME_MAX = 120

const listeners = new Set<() => void>()
// When storage is disabled the name lives in memory for this visit.
let memoryName = ''

function normalize(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, LEARNER_NAME_MAX)
}

export function getLearnerName(): string {
  try {
    return normalize(localStorage.getItem(LEARNER_NAME_KEY))
  } catch {
    return memoryName
  }
}

export function setLearnerName(name: string): void {
  const clean = normalize(name)
  memoryName = clean
  try {
    if (clean) localStorage.setItem(LEARNER_NAME_KEY, clean)
    else localStorage.removeItem(LEARNER_NAME_KEY)
  } catch {
    // Kept in memory only.
  }
  listeners.forEach((listener) => listener())
}

export function subscribeLearnerName(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === LEARNER_NAME_KEY) listener()
  }
  listeners.add(listener)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The saved name ('' when none); null while rendering on the server and hydrating. */
export function useLearnerName(): string | null {
  return useSyncExternalStore(subscribeLearnerName, getLearnerName, () => null)
}

const inputClass = 'min-h-10 w-full max-w-xs rounded-md border border-line bg-canvas px-3 text-sm text-ink'
export const workshopButtonClass =
  'inline-flex min-h-10 items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface disabled:opacity-50'

export interface LearnerNameFieldProps {
  locale: Locale
  /** Called once a name is saved (e.g. to go on copying a code). */
  onSaved?(name: string): void
  /** Show the form right away (e.g. when a code was requested without a name). */
  forceEdit?: boolean
}

/** "Submitting as Ana · Change name", or a one-field form when there is no name yet. */
export function LearnerNameField({ locale, onSaved, forceEdit = false }: LearnerNameFieldProps) {
  const t = workshopStrings(locale).name
  const id = useId()
  const name = useLearnerName()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState(false)
  const [status, setStatus] = useState('')

  if (name === null) return <div className="min-h-10" aria-hidden="true" />

  const showForm = editing || forceEdit || name === ''

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const clean = normalize(draft)
    if (!clean) {
      setError(true)
      return
    }
    setError(false)
    setLearnerName(clean)
    setEditing(false)
    setStatus(t.saved)
    onSaved?.(clean)
  }

  return (
    <div data-testid="learner-name" className="space-y-1.5">
      {showForm ? (
        <form onSubmit={submit} className="space-y-1.5" noValidate>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            {t.label}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id={`${id}-name`}
              name="learner-name"
              type="text"
              autoComplete="name"
              maxLength={LEARNER_NAME_MAX}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
              aria-invalid={error || undefined}
              className={inputClass}
            />
            <button type="submit" className={workshopButtonClass} data-action="save-name">
              {t.save}
            </button>
            {name && editing ? (
              <button type="button" className={workshopButtonClass} onClick={() => setEditing(false)}>
                {t.cancel}
              </button>
            ) : null}
          </div>
          <p id={`${id}-help`} className="text-xs text-muted">
            {t.help}
          </p>
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
              {t.required}
            </p>
          ) : null}
        </form>
      ) : (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span data-testid="learner-name-current">{t.current(name)}</span>
          <button
            type="button"
            className={workshopButtonClass}
            data-action="change-name"
            onClick={() => {
              setDraft(name)
              setEditing(true)
            }}
          >
            {t.change}
          </button>
        </p>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  )
}
