'use client'
/**
 * The build context editor: the files `docker build` would send, their sizes, which ones the
 * .dockerignore leaves out, and the .dockerignore itself. Text files can be edited in place.
 */
import { useId, useMemo, useState, type FormEvent } from 'react'
import { normalizeContextPath, parseDockerignore } from '@/lib/context/dockerignore'
import type { Locale } from '@/lib/i18n'
import { fileSize, isValidContextPath, removeFile, upsertFile, type LabContext } from '@/lib/lab/context'
import { formatBytes } from '@/lib/lab/format'
import { labStrings } from './strings'

const buttonClass = 'inline-flex h-8 items-center rounded-md border border-line bg-canvas px-2 text-xs font-medium text-ink hover:bg-surface disabled:opacity-50'

export function ContextPanel({ context, onChange, locale, readOnly }: {
  context: LabContext
  onChange(next: LabContext): void
  locale: Locale
  readOnly?: boolean
}) {
  const t = labStrings(locale).context
  const id = useId()
  const [editing, setEditing] = useState<string | null>(null)
  const [newPath, setNewPath] = useState('')
  const [pathError, setPathError] = useState(false)
  const matcher = useMemo(() => parseDockerignore(context.dockerignore), [context.dockerignore])
  const files = [...context.files].sort((a, b) => a.path.localeCompare(b.path))

  const add = (e: FormEvent) => {
    e.preventDefault()
    if (!isValidContextPath(newPath)) {
      setPathError(true)
      return
    }
    const path = normalizeContextPath(newPath.trim())
    if (path === '.dockerignore') {
      if (context.dockerignore === null) onChange({ ...context, dockerignore: '' })
    } else {
      const existing = context.files.find((f) => normalizeContextPath(f.path) === path)
      onChange(upsertFile(context, existing ?? { path, content: '' }))
      setEditing(path)
    }
    setNewPath('')
    setPathError(false)
  }

  return (
    <div className="space-y-4 p-3 text-sm" data-testid="context-panel">
      <p className="text-muted">{t.intro}</p>
      <section aria-labelledby={`${id}-files`}>
        <h3 id={`${id}-files`} className="mb-1 font-semibold">
          {t.files}
        </h3>
        {files.length === 0 ? <p className="text-muted">{t.empty}</p> : null}
        <ul className="divide-y divide-line rounded-md border border-line">
          {files.map((f) => {
            const path = normalizeContextPath(f.path)
            const ignored = matcher.ignores(path)
            const isText = f.content !== undefined
            const open = editing === path && isText
            return (
              <li key={path} data-context-path={path} className="px-2 py-1.5">
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`min-w-0 flex-1 break-all font-mono text-xs ${ignored ? 'text-muted line-through' : ''}`}>{path}</span>
                  {ignored ? <span className="rounded border border-line px-1 text-xs text-muted">{t.ignored}</span> : null}
                  <span className="font-mono text-xs text-muted" title={isText ? undefined : t.sizeOnly(formatBytes(fileSize(f), locale))}>
                    {formatBytes(fileSize(f), locale)}
                  </span>
                  {isText && !readOnly ? (
                    <button type="button" className={buttonClass} aria-expanded={open} onClick={() => setEditing(open ? null : path)}>
                      {t.edit(path)}
                    </button>
                  ) : null}
                  {!readOnly ? (
                    <button type="button" className={buttonClass} onClick={() => onChange(removeFile(context, path))} aria-label={t.remove(path)}>
                      ✕
                    </button>
                  ) : null}
                </div>
                {open ? (
                  <textarea
                    aria-label={t.content(path)}
                    className="mt-1.5 h-40 w-full rounded-md border border-line bg-canvas p-2 font-mono text-xs"
                    spellCheck={false}
                    value={f.content}
                    onChange={(e) => onChange(upsertFile(context, { path, content: e.target.value }))}
                  />
                ) : null}
              </li>
            )
          })}
        </ul>
        {!readOnly ? (
          <form onSubmit={add} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
            <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs">
              <span>{t.newPath}</span>
              <input
                value={newPath}
                onChange={(e) => {
                  setNewPath(e.target.value)
                  setPathError(false)
                }}
                aria-invalid={pathError}
                aria-describedby={pathError ? `${id}-path-error` : undefined}
                placeholder="src/app.js"
                className="h-8 rounded-md border border-line bg-canvas px-2 font-mono text-xs"
              />
            </label>
            <button type="submit" className={buttonClass}>
              {t.add}
            </button>
            {pathError ? (
              <p id={`${id}-path-error`} role="alert" className="w-full text-xs text-red-700 dark:text-red-400">
                {t.invalidPath}
              </p>
            ) : null}
          </form>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-ignore`}>
        <h3 id={`${id}-ignore`} className="mb-1 font-mono font-semibold">
          {t.dockerignore}
        </h3>
        {context.dockerignore === null ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-muted">{t.noDockerignore}</p>
            {!readOnly ? (
              <button type="button" className={buttonClass} onClick={() => onChange({ ...context, dockerignore: 'node_modules\n.git\n' })}>
                {t.addDockerignore}
              </button>
            ) : null}
          </div>
        ) : (
          <div className="space-y-1.5">
            <textarea
              aria-label={t.dockerignoreLabel}
              readOnly={readOnly}
              className="h-28 w-full rounded-md border border-line bg-canvas p-2 font-mono text-xs"
              spellCheck={false}
              value={context.dockerignore}
              onChange={(e) => onChange({ ...context, dockerignore: e.target.value })}
            />
            {!readOnly ? (
              <button type="button" className={buttonClass} onClick={() => onChange({ ...context, dockerignore: null })}>
                {t.removeDockerignore}
              </button>
            ) : null}
          </div>
        )}
      </section>
    </div>
  )
}
