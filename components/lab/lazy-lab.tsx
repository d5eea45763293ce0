'use client'
/**
 * The lab for lessons and exercises, loaded lazily so a lesson page's initial JS does not include
 * the analyzer, the editor or the panels. Props are the same as <Lab>.
 */
import dynamic from 'next/dynamic'
import type { LabProps } from './lab'

const LazyLabImpl = dynamic(() => import('./lab').then((m) => m.Lab), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-[clamp(18rem,62vh,44rem)] animate-pulse rounded-lg border border-line bg-surface" />,
})

export function LazyLab(props: LabProps) {
  return <LazyLabImpl {...props} />
}
