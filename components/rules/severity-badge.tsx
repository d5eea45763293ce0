import type { RuleSeverity } from '@/lib/lint/rule'

// Each severity has its own symbol, so colour is never the only signal.
const styles: Record<RuleSeverity, { symbol: string; className: string }> = {
  error: { symbol: '✕', className: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100' },
  warning: { symbol: '!', className: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100' },
  info: { symbol: 'i', className: 'bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100' },
  style: { symbol: '~', className: 'bg-violet-100 text-violet-950 dark:bg-violet-950 dark:text-violet-100' },
  off: { symbol: '–', className: 'bg-surface text-muted' },
}

export function SeverityBadge({ severity, label }: { severity: RuleSeverity; label: string }) {
  const s = styles[severity]
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${s.className}`} data-severity={severity}>
      <span aria-hidden="true">{s.symbol}</span>
      {label}
    </span>
  )
}
