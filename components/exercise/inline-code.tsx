/** Exercise texts are plain text with `code` spans (statements, hints); this renders the spans as <code>. */
import { Fragment } from 'react'

export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/(`[^`\n]+`)/g)
  return (
    <>
      {parts.map((part, i) =>
        part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
          <code key={i} className="rounded bg-surface px-1 py-0.5 font-mono text-[0.9em] break-words">
            {part.slice(1, -1)}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  )
}
