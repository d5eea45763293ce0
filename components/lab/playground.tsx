'use client'
/**
 * The playground around the lab: example picker, share links (`#code=…&ctx=…&whatif=…`), download,
 * and local persistence. Opening a share link restores its state, then the hash is dropped so a
 * reload keeps the learner's later edits (they are saved in local storage).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Locale } from '@/lib/i18n'
import type { LabContext } from '@/lib/lab/context'
import { DEFAULT_EXAMPLE_ID, examples, findExample } from '@/lib/lab/examples'
import { decodeShareHash, EMPTY_WHAT_IF, encodeShareHash, isShareHash, shareUrl, type WhatIfState } from '@/lib/lab/share'
import { DownloadIcon, LinkIcon } from './icons'
import { Lab, type LabPanel, type LabReference } from './lab'
import { labStrings } from './strings'

export const PLAYGROUND_STORAGE_KEY = 'stagecraft:lab:playground'

interface Doc {
  key: number
  text: string
  context: LabContext
  whatIf: WhatIfState
  reference: LabReference | null
}

type Source = 'shared' | 'saved' | 'example' | 'bad-link'

function exampleDoc(id: string, key: number): Doc {
  const e = findExample(id) ?? examples[0]!
  return { key, text: e.dockerfile, context: e.context, whatIf: EMPTY_WHAT_IF, reference: { text: e.dockerfile, context: e.context, label: e.title.en } }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(PLAYGROUND_STORAGE_KEY)
  } catch {
    return null
  }
}

function writeStorage(value: string) {
  try {
    localStorage.setItem(PLAYGROUND_STORAGE_KEY, value)
  } catch {
    // Storage full or disabled: the playground still works, it just does not persist.
  }
}

function fromHash(hash: string, key: number): Doc | null {
  const shared = decodeShareHash(hash)
  if (!shared) return null
  const context = shared.context ?? { files: [], dockerignore: null }
  return { key, text: shared.code, context, whatIf: shared.whatIf ?? EMPTY_WHAT_IF, reference: null }
}

function boot(): { doc: Doc; source: Source } {
  const hash = window.location.hash
  if (isShareHash(hash)) {
    const doc = fromHash(hash, 0)
    if (doc) return { doc, source: 'shared' }
  }
  const saved = readStorage()
  const savedDoc = saved ? fromHash(saved, 0) : null
  if (savedDoc) return { doc: savedDoc, source: isShareHash(hash) ? 'bad-link' : 'saved' }
  return { doc: exampleDoc(DEFAULT_EXAMPLE_ID, 0), source: isShareHash(hash) ? 'bad-link' : 'example' }
}

const buttonClass = 'inline-flex h-10 items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface'

export default function Playground({ locale }: { locale: Locale }) {
  const t = labStrings(locale).playground
  const [initial] = useState(boot)
  const [doc, setDoc] = useState<Doc>(initial.doc)
  const [notice, setNotice] = useState<string | null>(initial.source === 'shared' ? t.sharedOpened : initial.source === 'bad-link' ? t.tooBig : null)
  const [status, setStatus] = useState('')
  const [undo, setUndo] = useState<Doc | null>(null)
  const [manualLink, setManualLink] = useState<string | null>(null)
  const current = useRef({ text: doc.text, context: doc.context, whatIf: doc.whatIf })
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  // The open panel survives loading another example (the lab is remounted with a new key).
  const [panel, setPanel] = useState<LabPanel>('problems')

  const saveNow = useCallback(() => {
    saveTimer.current = null
    writeStorage(encodeShareHash({ code: current.current.text, context: current.current.context, whatIf: current.current.whatIf }))
  }, [])
  const save = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current)
    saveTimer.current = setTimeout(saveNow, 250)
  }, [saveNow])

  // The shared state now lives in local storage; drop the hash so reloads keep later edits.
  useEffect(() => {
    if (isShareHash(window.location.hash)) history.replaceState(history.state, '', window.location.pathname + window.location.search)
    saveNow()
    const flush = () => {
      if (saveTimer.current) {
        clearTimeout(saveTimer.current)
        saveNow()
      }
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [saveNow])

  const load = useCallback(
    (next: Omit<Doc, 'key'>, message: string) => {
      setUndo({ key: 0, ...current.current, reference: doc.reference })
      current.current = { text: next.text, context: next.context, whatIf: next.whatIf }
      setDoc((d) => ({ ...next, key: d.key + 1 }))
      setStatus(message)
      setManualLink(null)
      saveNow()
    },
    [doc.reference, saveNow],
  )

  // Pasting another share link into the address bar loads it without a reload.
  useEffect(() => {
    const onHash = () => {
      if (!isShareHash(window.location.hash)) return
      const next = fromHash(window.location.hash, 0)
      history.replaceState(history.state, '', window.location.pathname + window.location.search)
      if (next) {
        load(next, t.sharedOpened)
        setNotice(t.sharedOpened)
      } else setNotice(t.tooBig)
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [load, t])

  const onExample = (id: string) => {
    const e = findExample(id)
    if (!e) return
    const { key: _key, ...next } = exampleDoc(id, 0)
    void _key
    load(next, t.exampleLoaded(e.title[locale]))
    setNotice(null)
  }

  const onUndo = () => {
    if (!undo) return
    const { key: _key, ...prev } = undo
    void _key
    current.current = { text: prev.text, context: prev.context, whatIf: prev.whatIf }
    setDoc((d) => ({ ...prev, key: d.key + 1 }))
    setUndo(null)
    setStatus(t.restored)
    saveNow()
  }

  const copyLink = async () => {
    const url = shareUrl(window.location.href, { code: current.current.text, context: current.current.context, whatIf: current.current.whatIf })
    try {
      await navigator.clipboard.writeText(url)
      setManualLink(null)
      setStatus(t.linkCopied)
    } catch {
      setManualLink(url)
      setStatus(t.linkCopyFailed)
    }
  }

  const download = () => {
    // octet-stream: with text/plain Chromium saves it as "Dockerfile.txt".
    const blob = new Blob([current.current.text], { type: 'application/octet-stream' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = 'Dockerfile'
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t.example}</span>
          <select
            value=""
            onChange={(e) => onExample(e.target.value)}
            className="h-10 max-w-full rounded-md border border-line bg-canvas px-2 text-sm text-ink"
            data-testid="example-picker"
          >
            <option value="">{t.chooseExample}</option>
            {examples.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          <button type="button" className={buttonClass} onClick={copyLink} data-testid="copy-link">
            <LinkIcon />
            {t.copyLink}
          </button>
          <button type="button" className={buttonClass} onClick={download} data-testid="download-dockerfile">
            <DownloadIcon />
            {t.download}
          </button>
        </div>
      </div>
      {notice ? (
        <p className="rounded-md border border-line bg-surface px-3 py-2 text-sm" data-testid="playground-notice">
          {notice}
        </p>
      ) : null}
      {undo ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <button type="button" className={buttonClass} onClick={onUndo}>
            <span aria-hidden="true">↶</span>
            {t.undoExample}
          </button>
        </p>
      ) : null}
      {manualLink ? (
        <label className="flex flex-col gap-1 text-sm">
          <span>{t.shareLinkLabel}</span>
          <input readOnly value={manualLink} onFocus={(e) => e.currentTarget.select()} className="h-10 rounded-md border border-line bg-canvas px-2 font-mono text-xs" data-testid="share-link" />
        </label>
      ) : null}
      <Lab
        key={doc.key}
        locale={locale}
        initialText={doc.text}
        context={doc.context}
        initialWhatIf={doc.whatIf}
        reference={doc.reference}
        label={t.title}
        initialPanel={panel}
        onPanelChange={setPanel}
        onTextChange={(text) => {
          current.current.text = text
          save()
        }}
        onContextChange={(context) => {
          current.current.context = context
          save()
        }}
        onWhatIfChange={(whatIf) => {
          current.current.whatIf = whatIf
          save()
        }}
      />
      <p className="text-xs text-muted">{t.savedLocally}</p>
      <p role="status" aria-live="polite" className="sr-only" data-testid="playground-status">
        {status}
      </p>
    </div>
  )
}
