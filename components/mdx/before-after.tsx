/**
 * A before/after comparison. Authors write:
 *   <BeforeAfter>
 *   <Before> …markdown, usually a ```dockerfile bad fence… </Before>
 *   <After> …markdown, usually a ```dockerfile good fence… </After>
 *   </BeforeAfter>
 * Stacked, not side by side: Dockerfile lines are long and the lesson column is narrow.
 */
import type { ReactNode } from 'react'

export function BeforeAfter({ children }: { children: ReactNode }) {
  return <div className="before-after my-6 grid gap-4 [&_.code-block]:my-3">{children}</div>
}

export interface BeforeAfterPaneProps {
  /** Overrides the default heading ("Antes" / "Después"). */
  label?: string
  /** Default heading in the page's language, injected by the MDX registry. */
  defaultLabel: string
  children: ReactNode
}

function Pane({ label, defaultLabel, children, tone }: BeforeAfterPaneProps & { tone: 'before' | 'after' }) {
  return (
    <div data-pane={tone} className="min-w-0 rounded-lg border border-line p-3 sm:p-4">
      <p className="mb-0 text-sm font-semibold tracking-wide text-muted uppercase">{label ?? defaultLabel}</p>
      {children}
    </div>
  )
}

export const Before = (props: BeforeAfterPaneProps) => <Pane {...props} tone="before" />
export const After = (props: BeforeAfterPaneProps) => <Pane {...props} tone="after" />
