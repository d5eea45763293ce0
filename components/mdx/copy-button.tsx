'use client'

import { useRef, useState } from 'react'

interface CopyButtonProps {
  label: string
  ariaLabel: string
  copiedLabel: string
  failedLabel: string
}

/**
 * Copies the code of the surrounding code block. It reads the text from the DOM instead of taking
 * it as a prop, so the code is not shipped a second time in the page's RSC payload.
 */
export function CopyButton({ label, ariaLabel, copiedLabel, failedLabel }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  async function copy(button: HTMLButtonElement) {
    const code = button.closest('figure')?.querySelector('pre code')?.textContent ?? ''
    try {
      await navigator.clipboard.writeText(code)
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 2000)
  }

  return (
    <>
      <button
        type="button"
        onClick={(e) => void copy(e.currentTarget)}
        className="rounded-md border border-line bg-canvas px-2 py-1 text-xs font-medium text-ink hover:bg-surface"
      >
        {/* The accessible name starts with the visible word (WCAG 2.5.3) and says what is copied. */}
        <span aria-hidden="true">{state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : label}</span>
        <span className="sr-only">{ariaLabel}</span>
      </button>
      {/* Announced to screen readers; the button's own text change is not reliably read out. */}
      <span role="status" className="sr-only">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </>
  )
}
