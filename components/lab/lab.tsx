'use client'
/**
 * The lab: a Dockerfile editor with live analysis next to its panels (Problems, Stages, Layers and
 * size, What if…, Context). Reusable: the playground, lessons and exercises embed it with their own
 * text, context and reference. Uncontrolled: it starts from `initialText`/`context`/`initialWhatIf`
 * and reports changes through the callbacks; give it a new `key` to load something else.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Locale } from '@/lib/i18n'
import { analyze, countBySeverity, type Analysis } from '@/lib/lab/analysis'
import { EMPTY_CONTEXT, toBuildContext, type LabContext } from '@/lib/lab/context'
import { EMPTY_WHAT_IF, type WhatIfState } from '@/lib/lab/share'
import { simulateLab, type Simulation } from '@/lib/lab/simulation'
import type { Finding, LocalizedText } from '@/lib/lint/rule'
import { ContextPanel } from './context-panel'
import { EditorHost, type EditorApi } from './editor-host'
import { ProblemsPanel } from './problems-panel'
import { SizeBarView } from './size-bar'
import { Splitter } from './splitter'
import { StageGraphView } from './stage-graph'
import { labStrings } from './strings'
import { Tabs, type TabItem } from './tabs'
import { quickFixKeys, tabTrapKeys, useIsMac } from './use-platform'
import { WhatIfView } from './what-if'

export type LabPanel = 'problems' | 'stages' | 'layers' | 'whatif' | 'context'

export const ALL_PANELS: readonly LabPanel[] = ['problems', 'stages', 'layers', 'whatif', 'context']

export interface LabReference {
  text: string
  context?: LabContext | null
  /** Shown in comparisons, e.g. "the starter" or "the previous version". */
  label?: string | LocalizedText
}

export interface LabProps {
  locale: Locale
  initialText: string
  context?: LabContext | null
  /** What the layers panel and the what-if comparison measure against. */
  reference?: LabReference | null
  panels?: readonly LabPanel[]
  initialPanel?: LabPanel
  initialWhatIf?: WhatIfState | null
  readOnly?: boolean
  /** CSS height of the editor. */
  editorHeight?: string
  /** Accessible name of the whole lab. */
  label?: string
  onTextChange?(text: string): void
  onContextChange?(context: LabContext): void
  onWhatIfChange?(state: WhatIfState): void
  /** The open panel changed (the playground keeps it when it loads another example). */
  onPanelChange?(panel: LabPanel): void
  /** The editor's API once it is ready (null while loading), e.g. for "go to line" from outside the lab. */
  onEditorReady?(api: EditorApi | null): void
}

/** Debounce between the last keystroke and the analysis; lint takes ~1–3 ms on a 100-line file. */
export const ANALYSIS_DEBOUNCE_MS = 25
/** Screen readers hear the summary once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 1200
/** The simulation (stages, layers, what-if) runs this long after the analysis settles. */
export const SIMULATION_DELAY_MS = 60
const SIMULATION_PANELS: ReadonlySet<LabPanel> = new Set(['stages', 'layers', 'whatif'])

function hasContext(c: LabContext): boolean {
  return c.files.length > 0 || c.dockerignore !== null
}

export function Lab(props: LabProps) {
  const { locale, initialText, readOnly, panels = ALL_PANELS, onTextChange, onContextChange, onWhatIfChange } = props
  const t = labStrings(locale)
  const mac = useIsMac()
  const [labContext, setLabContext] = useState<LabContext>(props.context ?? EMPTY_CONTEXT)
  const [whatIf, setWhatIf] = useState<WhatIfState>(props.initialWhatIf ?? EMPTY_WHAT_IF)
  const buildContext = useMemo(() => (hasContext(labContext) ? toBuildContext(labContext) : null), [labContext])
  const [result, setResult] = useState<{ analysis: Analysis; version: number }>(() => ({ analysis: analyze(initialText, buildContext), version: -1 }))
  const [active, setActive] = useState<LabPanel>(props.initialPanel && panels.includes(props.initialPanel) ? props.initialPanel : panels[0] ?? 'problems')
  const [split, setSplit] = useState(55)
  const [announcement, setAnnouncement] = useState('')
  const [editorApi, setEditorApi] = useState<EditorApi | null>(null)
  const [reference, setReference] = useState<LabReference>(() => props.reference ?? { text: initialText, context: props.context ?? null, label: t.layers.previousVersion })
  const [compare, setCompare] = useState(false)
  const [simulation, setSimulation] = useState<Simulation | null>(null)

  const latest = useRef({ text: initialText, version: -1 })
  const resultRef = useRef(result)
  const contextRef = useRef(buildContext)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    resultRef.current = result
    contextRef.current = buildContext
  })

  const runAnalysis = useCallback(() => {
    timer.current = null
    const { text, version } = latest.current
    const analysis = analyze(text, contextRef.current, resultRef.current.analysis, () => performance.now())
    const next = { analysis, version }
    resultRef.current = next
    setResult(next)
  }, [])

  const onEditorChange = useCallback(
    (text: string, version: number) => {
      const changed = text !== latest.current.text
      latest.current = { text, version }
      if (changed) onTextChange?.(text)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(runAnalysis, ANALYSIS_DEBOUNCE_MS)
    },
    [onTextChange, runAnalysis],
  )

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  const { analysis, version } = result

  // A context edit re-runs the analysis right away (context rules depend on it).
  const firstContext = useRef(true)
  useEffect(() => {
    if (firstContext.current) {
      firstContext.current = false
      return
    }
    contextRef.current = buildContext
    runAnalysis()
  }, [buildContext, runAnalysis])

  const counts = countBySeverity(analysis.findings)
  const summary = t.analysis.summary(counts.error, counts.warning, counts.info + counts.style)

  useEffect(() => {
    const id = setTimeout(() => setAnnouncement(analysis.failure ? t.analysis.failed : summary), ANNOUNCE_DELAY_MS)
    return () => clearTimeout(id)
  }, [summary, analysis.failure, t])

  // The simulation follows the analysed model, the context, the what-if state and the reference,
  // but only while a panel that shows it is open.
  const referenceContext = useMemo(() => (reference.context && hasContext(reference.context) ? toBuildContext(reference.context) : null), [reference.context])
  const needsSimulation = SIMULATION_PANELS.has(active)
  useEffect(() => {
    const model = analysis.model
    if (!needsSimulation || !model) return
    const id = setTimeout(() => {
      setSimulation((prev) =>
        simulateLab({ model, context: buildContext, whatIf, reference: { text: reference.text, context: referenceContext ?? buildContext }, compareWithReference: compare }, prev),
      )
    }, SIMULATION_DELAY_MS)
    return () => clearTimeout(id)
  }, [needsSimulation, analysis.model, buildContext, whatIf, reference.text, referenceContext, compare])

  const referenceLabel = typeof reference.label === 'string' ? reference.label : reference.label ? reference.label[locale] : t.layers.referenceLabel
  const pin = useCallback(() => {
    setReference({ text: latest.current.text, context: labContext, label: t.layers.referenceLabel })
    setAnnouncement(t.layers.pinned)
  }, [labContext, t])

  const updateContext = useCallback(
    (next: LabContext) => {
      setLabContext(next)
      onContextChange?.(next)
    },
    [onContextChange],
  )

  const updateWhatIf = useCallback(
    (next: WhatIfState) => {
      setWhatIf(next)
      onWhatIfChange?.(next)
    },
    [onWhatIfChange],
  )

  const { onEditorReady } = props
  useEffect(() => {
    onEditorReady?.(editorApi)
  }, [editorApi, onEditorReady])

  const jump = useCallback((line: number) => editorApi?.revealLine(line), [editorApi])
  const fix = useCallback((f: Finding) => f.fix && editorApi?.applyEdits(f.fix.edits), [editorApi])

  function simulationContent(render: (sim: Simulation) => ReactNode): ReactNode {
    if (!simulation) return <p className="p-3 text-sm text-muted">{t.simulation.computing}</p>
    return (
      <>
        {simulation.failure ? (
          <p role="status" className="m-3 rounded-md border border-amber-600/40 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
            {t.simulation.failed}
          </p>
        ) : null}
        {render(simulation)}
      </>
    )
  }

  const panelContent: Record<LabPanel, { label: ReactNode; content: ReactNode }> = {
    problems: {
      label: (
        <>
          {t.panels.problems}
          <span className="rounded-full bg-surface px-1.5 text-xs tabular-nums text-muted" data-testid="problem-count">
            {counts.total}
          </span>
        </>
      ),
      content: <ProblemsPanel findings={analysis.findings} locale={locale} failure={analysis.failure} onJump={editorApi ? jump : undefined} onFix={editorApi && !readOnly ? fix : undefined} />,
    },
    stages: {
      label: t.panels.stages,
      content: simulationContent((sim) =>
        analysis.model ? <StageGraphView build={sim.build} model={analysis.model} locale={locale} target={whatIf.target} onTargetChange={(target) => updateWhatIf({ ...whatIf, target })} /> : null,
      ),
    },
    layers: {
      label: t.panels.layers,
      content: simulationContent((sim) => (
        <SizeBarView build={sim.build} referenceBuild={sim.referenceBuild} referenceLabel={referenceLabel} locale={locale} onPin={readOnly ? undefined : pin} />
      )),
    },
    whatif: {
      label: t.panels.whatIf,
      content: simulationContent((sim) =>
        analysis.model ? (
          <WhatIfView
            model={analysis.model}
            context={labContext}
            state={whatIf}
            onChange={updateWhatIf}
            result={sim.rebuild}
            build={sim.second}
            log={sim.log}
            locale={locale}
            hasReference={reference.text !== analysis.text}
            compare={compare}
            onCompareChange={setCompare}
          />
        ) : null,
      ),
    },
    context: { label: t.panels.context, content: <ContextPanel context={labContext} onChange={updateContext} locale={locale} readOnly={readOnly} /> },
  }
  const tabs: TabItem<LabPanel>[] = panels.map((key) => ({ key, ...panelContent[key] }))

  const editorHeight = props.editorHeight ?? 'clamp(18rem, 62vh, 44rem)'

  return (
    <section
      aria-label={props.label ?? t.editor.label}
      className="grid gap-3 lg:gap-0 lg:[grid-template-columns:minmax(0,var(--lab-split))_0.75rem_minmax(0,1fr)]"
      style={{ ['--lab-split' as string]: `${split}%` }}
      data-lab=""
      data-analysis-ms={analysis.ms.toFixed(1)}
    >
      <div className="flex min-w-0 flex-col overflow-hidden rounded-lg border border-line">
        <EditorHost
          locale={locale}
          initialText={initialText}
          readOnly={readOnly}
          ariaLabel={t.editor.label}
          analysis={analysis}
          analysisVersion={version}
          context={buildContext}
          onChange={onEditorChange}
          onReady={setEditorApi}
          height={editorHeight}
        />
        <p className="border-t border-line bg-surface px-3 py-1.5 text-xs text-muted" data-testid="tab-trap-hint">
          <span>{t.editor.tabHint(tabTrapKeys(mac))}</span> <span className="hidden sm:inline">{t.editor.quickFixHint(quickFixKeys(mac))}</span>
        </p>
      </div>
      <Splitter value={split} onChange={setSplit} label={t.panels.resize} />
      <div className="flex min-w-0 flex-col overflow-hidden rounded-lg border border-line lg:max-h-[calc(var(--lab-editor-h)+2.25rem)]" style={{ ['--lab-editor-h' as string]: editorHeight }}>
        <Tabs<LabPanel>
          items={tabs}
          active={active}
          onChange={(panel) => {
            setActive(panel)
            props.onPanelChange?.(panel)
          }}
          label={t.panels.label}
        />
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="lab-announcer">
        {announcement}
      </div>
    </section>
  )
}
