'use client'
/**
 * The reference solution as a line diff against the learner's text. Each changed line carries a
 * sign (− / +) and a hidden word for screen readers, besides its colour.
 */
import { useId, useMemo } from 'react'
import { diffLines, diffStats } from '@/lib/diff/line-diff'
import type { ExercisesDictionary } from '@/lib/i18n/dictionaries/exercises.es'

export function SolutionDiff({ file, mine, solution, t }: { file: string; mine: string; solution: string; t: ExercisesDictionary['workbench'] }) {
  const id = useId()
  const diff = useMemo(() => diffLines(mine, solution), [mine, solution])
  const stats = diffStats(diff)
  const identical = stats.added === 0 && stats.removed === 0
  return (
    <figure className="min-w-0" data-testid="solution-diff" data-file={file}>
      <figcaption id={`${id}-cap`} className="mb-1.5 text-sm font-medium">
        {t.diffTitle(file)}
        <span className="block text-xs font-normal text-muted">{identical ? t.diffIdentical : t.diffStats(stats.removed, stats.added)}</span>
      </figcaption>
      <div className="overflow-x-auto rounded-md border border-line bg-canvas" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table className="w-full border-collapse font-mono text-xs leading-5">
          <tbody>
            {diff.map((line, i) => {
              const style =
                line.kind === 'added'
                  ? 'bg-green-50 text-green-950 dark:bg-green-950/40 dark:text-green-100'
                  : line.kind === 'removed'
                    ? 'bg-red-50 text-red-950 dark:bg-red-950/40 dark:text-red-100'
                    : ''
              const sign = line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '
              return (
                <tr key={i} data-kind={line.kind} className={style}>
                  <td className="w-8 select-none px-1.5 text-right text-muted tabular-nums">{line.beforeLine ?? ''}</td>
                  <td className="w-8 select-none px-1.5 text-right text-muted tabular-nums">{line.afterLine ?? ''}</td>
                  <td className="w-4 select-none px-1 text-center font-semibold" aria-hidden="true">
                    {sign}
                  </td>
                  <td className="whitespace-pre pr-3">
                    {line.kind !== 'same' ? <span className="sr-only">{line.kind === 'added' ? t.diffAdded : t.diffRemoved}: </span> : null}
                    {line.text || ' '}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
