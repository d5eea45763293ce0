'use client'
/**
 * Where a lab editor goes. Monaco arrives in a lazily loaded chunk (next/dynamic, ssr:false); until
 * then, and if it ever fails to load, a plain textarea shows and edits the same text.
 * The container always carries `data-testid="dockerfile-editor"`.
 */
import dynamic from 'next/dynamic'
import { createContext, useContext, useState, type ChangeEvent } from 'react'
import type { BuildContext } from '@/lib/context/types'
import type { Locale } from '@/lib/i18n'
import type { Analysis } from '@/lib/lab/analysis'
import type { TextEdit } from '@/lib/lint/rule'
import { labStrings } from './strings'

export interface EditorApi {
  getText(): string
  /** Replaces the whole text (undoable). */
  setText(text: string): void
  /** Applies zero-based edits (a quick fix), undoable, and focuses the editor. */
  applyEdits(edits: readonly TextEdit[]): void
  /** Moves the cursor to a 1-based line, scrolls it into view and focuses the editor. */
  revealLine(line: number): void
  focus(): void
}

export interface EditorHostProps {
  locale: Locale
  initialText: string
  readOnly?: boolean
  ariaLabel: string
  analysis: Analysis
  /** Monaco model version of `analysis` (-1 when unknown). */
  analysisVersion: number
  context: BuildContext | null
  onChange(text: string, versionId: number): void
  onReady(api: EditorApi | null): void
  /** CSS height of the editing area. */
  height: string
}

interface Draft {
  text: string
  set(text: string): void
}

const DraftContext = createContext<(EditorHostProps & { draft: Draft }) | null>(null)

export function EditorFallback({ notice, ...props }: EditorHostProps & { notice: 'loading' | 'failed' }) {
  const host = useContext(DraftContext)
  const t = labStrings(props.locale).editor
  const draft = host?.draft
  const onChange = (e: ChangeEvent<HTMLTextAreaElement>) => {
    draft?.set(e.target.value)
    props.onChange(e.target.value, -1)
  }
  return (
    <div className="flex h-full flex-col" style={{ height: props.height }}>
      <p className="border-b border-line bg-surface px-3 py-1.5 text-xs text-muted" role={notice === 'failed' ? 'alert' : undefined}>
        {notice === 'failed' ? t.loadFailed : t.loading}
      </p>
      <textarea
        aria-label={t.fallbackLabel}
        className="min-h-0 flex-1 resize-none bg-canvas p-3 font-mono text-sm leading-[21px] text-ink outline-none"
        spellCheck={false}
        readOnly={props.readOnly}
        value={draft?.text ?? props.initialText}
        onChange={onChange}
      />
    </div>
  )
}

function LoadingFallback() {
  const host = useContext(DraftContext)
  if (!host) return null
  return <EditorFallback {...host} notice="loading" />
}

const LazyDockerfileEditor = dynamic(() => import('./editor/dockerfile-editor'), { ssr: false, loading: LoadingFallback })

export function EditorHost(props: EditorHostProps & { className?: string }) {
  const { className, ...rest } = props
  const [text, setText] = useState(props.initialText)
  const value = { ...rest, draft: { text, set: setText } }
  return (
    <div data-testid="dockerfile-editor" className={className} style={{ height: props.height }}>
      <DraftContext.Provider value={value}>
        <LazyDockerfileEditor {...rest} initialText={text} />
      </DraftContext.Provider>
    </div>
  )
}
