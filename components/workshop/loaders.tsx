'use client'
/**
 * Client-only loaders for the workshop page's tools: they read localStorage and the page's URL, so
 * they render in the browser only, in their own chunks.
 */
import dynamic from 'next/dynamic'
import type { AgendaBuilderProps } from './agenda-builder'
import type { GradebookProps } from './gradebook'
import type { JoinAgendaProps } from './join-agenda'

const placeholder = (height: string) =>
  function Placeholder() {
    return <div aria-hidden="true" className={`${height} animate-pulse rounded-lg border border-line bg-surface`} />
  }

const AgendaBuilder = dynamic(() => import('./agenda-builder'), { ssr: false, loading: placeholder('h-96') })
const Gradebook = dynamic(() => import('./gradebook'), { ssr: false, loading: placeholder('h-64') })
const JoinAgenda = dynamic(() => import('./join-agenda'), { ssr: false, loading: placeholder('h-64') })

export function AgendaBuilderLoader(props: AgendaBuilderProps) {
  return <AgendaBuilder {...props} />
}

export function GradebookLoader(props: GradebookProps) {
  return <Gradebook {...props} />
}

export function JoinAgendaLoader(props: JoinAgendaProps) {
  return <JoinAgenda {...props} />
}
