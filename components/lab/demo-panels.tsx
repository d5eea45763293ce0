'use client'
/**
 * The interactive panels of a lesson's LabDemo: layers and size (against a comparison example),
 * the stage graph and a what-if, all computed in the browser from the example's text and context.
 */
import { useMemo } from 'react'
import type { LabContext } from '@/lib/lab/context'
import { toBuildContext } from '@/lib/lab/context'
import type { Locale } from '@/lib/i18n/locales'
import { SizeBar } from './size-bar'
import { StageGraph } from './stage-graph'
import { WhatIf } from './what-if'

export interface DemoPanelsProps {
  locale: Locale
  text: string
  context: LabContext
  /** The example compared against (the "before"). */
  reference: { text: string; label: string } | null
  show: Array<'size' | 'stages' | 'whatif'>
  edit: string[]
  target: string | null
  headings: { size: string; stages: string; whatif: string }
}

export default function DemoPanels({ locale, text, context, reference, show, edit, target, headings }: DemoPanelsProps) {
  const build = useMemo(() => toBuildContext(context), [context])
  return (
    <div className="space-y-6">
      {show.includes('size') && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{headings.size}</h3>
          <SizeBar text={text} context={build} reference={reference?.text ?? null} referenceLabel={reference?.label ?? null} target={target} locale={locale} />
        </div>
      )}
      {show.includes('stages') && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{headings.stages}</h3>
          <StageGraph text={text} context={build} target={target} locale={locale} />
        </div>
      )}
      {show.includes('whatif') && (
        <div>
          <h3 className="mb-2 text-sm font-semibold">{headings.whatif}</h3>
          <WhatIf text={text} context={context} initialState={{ changed: edit, args: {}, target }} locale={locale} />
        </div>
      )}
    </div>
  )
}
