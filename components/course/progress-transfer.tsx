'use client'
/**
 * Export this browser's progress as a JSON file and import one (merged item by item, newest wins).
 * The file is the versioned progress document, so it moves between browsers and languages.
 */
import { useId, useState, type ChangeEvent } from 'react'
import { withProgressStore } from './progress-client'
import { downloadText } from './progress-notice'

export interface ProgressTransferLabels {
  export: string
  import: string
  transferHelp: string
  exported: string
  /** With {lessons}, {exercises} and {quizzes}. */
  imported: string
  importErrors: Record<'too-big' | 'not-json' | 'not-progress' | 'newer-version' | 'invalid' | 'read-failed', string>
}

const buttonClass = 'inline-flex min-h-10 cursor-pointer items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface'

export function ProgressTransfer({ labels }: { labels: ProgressTransferLabels }) {
  const id = useId()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const onExport = () =>
    withProgressStore((store) => {
      const { text, fileName } = store.exportProgressFile()
      downloadText(text, fileName)
      setMessage({ text: labels.exported, error: false })
    })

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setMessage({ text: labels.importErrors['read-failed'], error: true })
      return
    } finally {
      input.value = ''
    }
    withProgressStore((store) => {
      const result = store.importProgressFile(text)
      if (result.ok) {
        const { lessons, exercises, quizzes } = result.counts
        setMessage({
          text: labels.imported.replace('{lessons}', String(lessons)).replace('{exercises}', String(exercises)).replace('{quizzes}', String(quizzes)),
          error: false,
        })
      } else setMessage({ text: labels.importErrors[result.error], error: true })
    })
  }

  return (
    <div className="mt-3 border-t border-line pt-3" data-testid="progress-transfer">
      <p id={`${id}-help`} className="text-sm text-muted">
        {labels.transferHelp}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onExport} className={buttonClass} aria-describedby={`${id}-help`} data-action="export-progress">
          <span aria-hidden="true">⤓</span>
          {labels.export}
        </button>
        <label className={`${buttonClass} focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent`}>
          <span aria-hidden="true">⤒</span>
          {labels.import}
          <input type="file" accept="application/json,.json" onChange={onImport} className="sr-only" data-action="import-progress" aria-describedby={`${id}-help`} />
        </label>
      </div>
      <p role="status" className={`mt-2 text-sm ${message?.error ? 'text-red-700 dark:text-red-400' : 'text-ink'}`} data-testid="progress-transfer-status">
        {message ? (
          <>
            <span aria-hidden="true">{message.error ? '✗ ' : '✓ '}</span>
            {message.text}
          </>
        ) : null}
      </p>
    </div>
  )
}
