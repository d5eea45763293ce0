/** Pass/fail and "claimed ≠ regraded" badges: an icon and a word each, never colour alone. */
import type { WorkshopDictionary } from './strings'

export function PassFail({ passed, t }: { passed: boolean; t: WorkshopDictionary['gradebook'] }) {
  return passed ? (
    <span className="inline-flex items-center gap-1 font-semibold text-green-800 dark:text-green-300" data-result="pass">
      <span aria-hidden="true">✓</span>
      {t.passed}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 font-semibold text-red-700 dark:text-red-300" data-result="fail">
      <span aria-hidden="true">✗</span>
      {t.failed}
    </span>
  )
}

export function MismatchFlag({ t, edited }: { t: WorkshopDictionary['gradebook']; edited: boolean }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded border border-amber-700 px-1.5 text-xs font-semibold text-amber-900 dark:border-amber-400 dark:text-amber-200"
      title={t.mismatchHelp}
      data-testid="mismatch"
    >
      <span aria-hidden="true">⚠</span>
      {t.mismatch}
      {edited ? <span className="font-normal">({t.edited})</span> : null}
    </span>
  )
}
