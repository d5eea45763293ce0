'use client'
/**
 * The presenter view: one slide at a time in large type, an "n / total" indicator, keyboard
 * navigation (→ / PageDown / space forward, ← / PageUp / Shift+space back, Home / End), the slide
 * number in the URL fragment (#3) so a reload stays put, full screen, and a live lab (LazyLab) on
 * slides that show a Dockerfile. Keys typed in the editor or a form field are left alone.
 */
import Link from 'next/link'
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { LazyLab } from '@/components/lab/lazy-lab'
import type { Locale } from '@/lib/i18n/locales'
import { workshopStrings } from '@/components/workshop/strings'
import type { LabSnippet } from './slides'
import styles from './present.module.css'

export interface Slide {
  title: string
  content: ReactNode
  snippets: LabSnippet[]
}

export interface DeckProps {
  locale: Locale
  lessonTitle: string
  lessonHref: string
  slides: Slide[]
}

function slideFromHash(count: number): number {
  const n = Number.parseInt(window.location.hash.replace(/^#/, ''), 10)
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0
}

const button =
  'inline-flex min-h-11 items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-sm font-medium text-ink hover:bg-surface disabled:opacity-40'

/** Keys inside these never move the deck: the editor, form fields, and anything editable. */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], .monaco-editor, [data-lab]'

export function Deck({ locale, lessonTitle, lessonHref, slides }: DeckProps) {
  const t = workshopStrings(locale).present
  const id = useId()
  const total = slides.length
  const [index, setIndex] = useState(0)
  const [lab, setLab] = useState<{ slide: number; snippet: number } | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const slideRef = useRef<HTMLElement>(null)
  const moved = useRef(false)

  // The fragment is read after hydration (the server renders the first slide).
  useEffect(() => {
    const fromHash = () => setIndex(slideFromHash(total))
    const timer = setTimeout(fromHash, 0)
    window.addEventListener('hashchange', fromHash)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('hashchange', fromHash)
    }
  }, [total])

  const go = useCallback(
    (next: number) => {
      const target = Math.max(0, Math.min(total - 1, next))
      moved.current = true
      setIndex(target)
      history.replaceState(null, '', `#${target + 1}`)
    },
    [total],
  )

  useEffect(() => {
    if (!moved.current) return
    moved.current = false
    slideRef.current?.focus({ preventScroll: true })
    root.current?.scrollIntoView({ block: 'start' })
  }, [index])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest(TYPING)) return
      const onControl = !!target?.closest('button, a, summary, [role="tab"], [role="button"]')
      let delta = 0
      if (event.key === 'ArrowRight' || event.key === 'PageDown') delta = 1
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') delta = -1
      else if (event.key === ' ' && !onControl) delta = event.shiftKey ? -1 : 1
      else if (event.key === 'Home' && !onControl) return (event.preventDefault(), go(0))
      else if (event.key === 'End' && !onControl) return (event.preventDefault(), go(total - 1))
      if (!delta) return
      event.preventDefault()
      go(index + delta)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, index, total])

  const slide = slides[index] ?? slides[0]!
  const labOpen = lab?.slide === index
  const snippet = labOpen ? slide.snippets[lab.snippet] ?? slide.snippets[0] : undefined

  const fullscreen = () => {
    const el = root.current
    if (!el) return
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    else void el.requestFullscreen?.().catch(() => undefined)
  }

  return (
    <div ref={root} className={`${styles.deck} mx-auto flex max-w-[96rem] flex-col gap-4 bg-canvas px-3 py-4 sm:px-8`} data-testid="deck">
      <div className="flex flex-wrap items-center gap-2 border-b border-line pb-3" role="group" aria-label={t.controls}>
        <h1 className="mr-auto min-w-0 text-base font-semibold text-muted">{t.title(lessonTitle)}</h1>
        <button type="button" className={button} onClick={() => go(index - 1)} disabled={index === 0} data-action="previous">
          <span aria-hidden="true">←</span>
          {t.previous}
        </button>
        <p className="min-w-16 text-center text-lg font-semibold tabular-nums" data-testid="slide-indicator" aria-hidden="true">
          {t.indicator(index + 1, total)}
        </p>
        <button type="button" className={button} onClick={() => go(index + 1)} disabled={index === total - 1} data-action="next">
          {t.next}
          <span aria-hidden="true">→</span>
        </button>
        <button type="button" className={button} onClick={fullscreen} data-action="fullscreen">
          {t.fullscreen}
        </button>
        <Link href={lessonHref} className={button}>
          {t.exit}
        </Link>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {t.slideLabel(index + 1, total)}
        {slide.title ? `: ${slide.title}` : ''}
      </p>
      <p className="text-xs text-muted">{t.keysHint}</p>

      <section
        key={index}
        ref={slideRef}
        tabIndex={-1}
        aria-label={t.slideLabel(index + 1, total)}
        className={`lesson-prose ${styles.slide} outline-none`}
        data-slide={index + 1}
      >
        {slide.content}
      </section>

      {slide.snippets.length > 0 ? (
        <section aria-labelledby={`${id}-lab`} className="space-y-3 border-t border-line pt-4" data-testid="live-lab">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id={`${id}-lab`} className="text-xl font-semibold">
              {t.liveLab}
            </h2>
            {labOpen ? (
              <>
                {slide.snippets.length > 1 ? (
                  <label className="flex items-center gap-2 text-sm">
                    {t.snippet}
                    <select
                      value={lab.snippet}
                      onChange={(e) => setLab({ slide: index, snippet: Number(e.target.value) })}
                      className="min-h-10 rounded-md border border-line bg-canvas px-2 text-ink"
                    >
                      {slide.snippets.map((s, i) => (
                        <option key={i} value={i}>
                          {t.snippetOption(i + 1, s.label)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
                <button type="button" className={button} onClick={() => setLab(null)} data-action="close-lab">
                  {t.closeLab}
                </button>
              </>
            ) : (
              <button type="button" className={button} onClick={() => setLab({ slide: index, snippet: 0 })} data-action="open-lab">
                {t.openLab}
              </button>
            )}
          </div>
          {labOpen && snippet ? (
            <LazyLab
              key={`${index}:${lab.snippet}`}
              locale={locale}
              initialText={snippet.text}
              context={snippet.context}
              editorHeight="clamp(18rem, 55vh, 40rem)"
              label={t.labLabel}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
