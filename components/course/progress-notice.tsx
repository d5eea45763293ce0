'use client'
/**
 * Tells the learner when their stored progress was damaged and recovered, and offers the original
 * data (kept under the backup key) as a download. Shown until dismissed.
 */
import { withProgressStore } from './progress-client'
import { useProgressBackup } from './use-progress'

export interface ProgressNoticeLabels {
  recoveredTitle: string
  recoveredBody: string
  downloadBackup: string
  dismiss: string
}

export function downloadText(text: string, fileName: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function ProgressRecoveryNotice({ labels }: { labels: ProgressNoticeLabels }) {
  const backup = useProgressBackup()
  if (!backup || backup.dismissed) return null
  return (
    <div role="alert" data-testid="progress-recovered" className="my-4 rounded-lg border border-amber-600 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">
        <span aria-hidden="true">⚠&nbsp;</span>
        {labels.recoveredTitle}
      </p>
      <p className="mt-1">{labels.recoveredBody}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => downloadText(`${JSON.stringify(backup, null, 2)}\n`, `stagecraft-progress-backup-${backup.savedAt.slice(0, 10)}.json`)}
          className="inline-flex min-h-10 items-center rounded-md border border-current px-3 font-medium hover:bg-amber-100 dark:hover:bg-amber-900/40"
        >
          {labels.downloadBackup}
        </button>
        <button
          type="button"
          onClick={() => withProgressStore((s) => s.dismissRecoveryNotice())}
          className="inline-flex min-h-10 items-center rounded-md border border-current px-3 font-medium hover:bg-amber-100 dark:hover:bg-amber-900/40"
        >
          {labels.dismiss}
        </button>
      </div>
    </div>
  )
}
