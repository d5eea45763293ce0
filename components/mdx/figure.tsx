/** A captioned figure: an image from public/ (`src` + `alt`) or any MDX content (a diagram, a code block). */
import type { ReactNode } from 'react'

export interface FigureProps {
  caption: string
  src?: string
  alt?: string
  children?: ReactNode
}

export function Figure({ caption, src, alt, children }: FigureProps) {
  if (src && alt === undefined) throw new Error(`Figure "${caption}": an image needs alt text (use alt="" if decorative).`)
  return (
    <figure className="lesson-figure my-6">
      {/* eslint-disable-next-line @next/next/no-img-element -- static export: no image optimizer */}
      {src ? <img src={src} alt={alt} className="mx-auto h-auto max-w-full rounded-lg border border-line" /> : children}
      <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>
    </figure>
  )
}
