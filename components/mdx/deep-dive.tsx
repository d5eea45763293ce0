/** Optional detail a learner can expand: keeps the main text short without hiding the depth. */
import type { ReactNode } from 'react'

export interface DeepDiveProps {
  title: string
  /** "A fondo" / "Deep dive", injected by the MDX registry. */
  label: string
  children: ReactNode
}

export function DeepDive({ title, label, children }: DeepDiveProps) {
  return (
    <details className="deep-dive group my-6 rounded-lg border border-line bg-surface">
      <summary className="cursor-pointer list-none rounded-lg px-4 py-3 font-semibold [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        <span className="text-xs font-semibold tracking-wide text-muted uppercase">{label}:</span> {title}
      </summary>
      <div className="deep-dive-body border-t border-line px-4 pt-1 pb-3">{children}</div>
    </details>
  )
}
