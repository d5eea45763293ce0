/** A highlighted aside in a lesson: a note, a tip or a pitfall to avoid. */
import type { ReactNode } from 'react'

export type CalloutType = 'note' | 'tip' | 'pitfall'

const styles: Record<CalloutType, { box: string; title: string; icon: string }> = {
  note: {
    box: 'border-blue-600 bg-blue-50 dark:border-blue-400 dark:bg-blue-950/40',
    title: 'text-blue-800 dark:text-blue-200',
    icon: 'ℹ️',
  },
  tip: {
    box: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/40',
    title: 'text-green-800 dark:text-green-200',
    icon: '💡',
  },
  pitfall: {
    box: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
    title: 'text-amber-900 dark:text-amber-200',
    icon: '⚠️',
  },
}

export interface CalloutProps {
  type?: CalloutType
  /** Overrides the default title ("Nota", "Consejo", "Cuidado"…). */
  title?: string
  /** Default titles in the page's language, injected by the MDX registry. */
  labels: Record<CalloutType, string>
  children: ReactNode
}

export function Callout({ type = 'note', title, labels, children }: CalloutProps) {
  const style = styles[type] ?? styles.note
  return (
    // role="note": a landmark (<aside>) nested in <main> would clutter the landmark list.
    <div role="note" data-callout={type} className={`callout my-6 rounded-lg border-l-4 px-4 py-3 ${style.box}`}>
      <p className={`callout-title mb-1 font-semibold ${style.title}`}>
        <span aria-hidden="true">{style.icon} </span>
        {title ?? labels[type]}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  )
}
