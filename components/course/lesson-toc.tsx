/** "On this page": links to the lesson's h2/h3 headings (ids from the same slug helper). */
import type { Heading } from '@/lib/content/headings'

export function LessonToc({ headings, title }: { headings: Heading[]; title: string }) {
  if (headings.length === 0) return null
  return (
    <nav aria-labelledby="toc-title" className="text-sm">
      <h2 id="toc-title" className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}
      </h2>
      <ul className="space-y-1 border-l border-line">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a href={`#${heading.id}`} className="block py-0.5 text-muted hover:text-ink">
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
