'use client'
/**
 * Stages: the stage graph laid out with elkjs (loaded lazily, only when a graph is shown), with
 * edges labelled by what crosses them (`COPY --from=build /out/app /app`), a target selector and
 * skipped stages greyed out and labelled "skipped". Each node carries `data-stage` and `data-built`.
 * `StageGraphView` takes a simulated build; `StageGraph` takes Dockerfile text (for lessons).
 */
import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react'
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { DockerfileModel } from '@/lib/dockerfile/types'
import type { Locale } from '@/lib/i18n'
import { formatBytes } from '@/lib/lab/format'
import { targetChoices } from '@/lib/lab/simulation'
import { simulateBuild, type BuildResult } from '@/lib/simulate'
import { TargetIcon } from './icons'
import { labStrings } from './strings'

const NODE_W = 232
const NODE_H = 78
const CHAR_W = 6.8
const LABEL_H = 18
const MAX_LABEL = 44

interface NodeBox {
  id: string
  x: number
  y: number
  w: number
  h: number
}

interface EdgeBox {
  id: string
  points: { x: number; y: number }[]
  label: { text: string; full: string; x: number; y: number; w: number } | null
  built: boolean
}

interface Layout {
  signature: string
  width: number
  height: number
  nodes: Map<string, NodeBox>
  edges: EdgeBox[]
}

interface GraphSpec {
  nodes: { id: string; kind: 'stage' | 'external'; stage: number | null; image: string | null }[]
  edges: { id: string; from: string; to: string; label: string; built: boolean }[]
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL - 1)}…` : clean
}

function graphSpec(build: BuildResult): GraphSpec {
  const { graph } = build
  const nodes: GraphSpec['nodes'] = build.stages.map((s) => ({ id: `s${s.index}`, kind: 'stage', stage: s.index, image: null }))
  const externals = new Map<string, string>()
  for (const x of graph.externalImages) if (!externals.has(x.image)) externals.set(x.image, `x${externals.size}`)
  for (const [image, id] of externals) nodes.push({ id, kind: 'external', stage: null, image })
  const edges: GraphSpec['edges'] = graph.edges.map((e, i) => ({
    id: `e${i}`,
    from: `s${e.from}`,
    to: `s${e.to}`,
    label: e.label,
    built: Boolean(graph.built[e.from] && graph.built[e.to]),
  }))
  graph.externalImages.forEach((x, i) =>
    edges.push({
      id: `x${i}e`,
      from: externals.get(x.image)!,
      to: `s${x.stage}`,
      label: x.kind === 'copy' ? `COPY --from=${x.image}` : `RUN --mount=from=${x.image}`,
      built: Boolean(graph.built[x.stage]),
    }),
  )
  return { nodes, edges }
}

async function layoutGraph(spec: GraphSpec, signature: string): Promise<Layout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js')
  const elk = new ELK()
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '36',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: spec.nodes.map((n) => ({ id: n.id, width: NODE_W, height: n.kind === 'external' ? 44 : NODE_H })),
    edges: spec.edges.map<ElkExtendedEdge>((e) => ({
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: [{ text: shorten(e.label), width: Math.ceil(shorten(e.label).length * CHAR_W) + 12, height: LABEL_H }],
    })),
  }
  const out = await elk.layout(root)
  const nodes = new Map<string, NodeBox>()
  for (const c of out.children ?? []) nodes.set(c.id, { id: c.id, x: c.x ?? 0, y: c.y ?? 0, w: c.width ?? NODE_W, h: c.height ?? NODE_H })
  const edges: EdgeBox[] = (out.edges ?? []).map((e) => {
    const spec0 = spec.edges.find((s) => s.id === e.id)!
    const section = (e as ElkExtendedEdge).sections?.[0]
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : []
    const l = e.labels?.[0]
    return {
      id: e.id,
      points,
      built: spec0.built,
      label: l ? { text: l.text ?? '', full: spec0.label, x: l.x ?? 0, y: l.y ?? 0, w: l.width ?? 0 } : null,
    }
  })
  return { signature, width: out.width ?? 0, height: out.height ?? 0, nodes, edges }
}

function StageNode({ build, index, locale, style, isTarget }: { build: BuildResult; index: number; locale: Locale; style?: CSSProperties; isTarget: boolean }) {
  const t = labStrings(locale).stages
  const s = build.stages[index]!
  const built = Boolean(build.graph.built[index])
  const name = s.name ?? `#${index}`
  return (
    <li
      data-stage={index}
      data-built={built ? 'true' : 'false'}
      style={style}
      aria-label={`${name}: ${built ? t.built : t.skipped}. ${t.baseImage(s.from)}`}
      className={`flex flex-col justify-center gap-0.5 overflow-hidden rounded-lg border px-3 py-2 text-xs ${
        built ? 'border-accent bg-canvas text-ink shadow-sm' : 'border-dashed border-line bg-surface text-muted opacity-70'
      } ${isTarget ? 'ring-2 ring-accent ring-offset-1 ring-offset-canvas' : ''}`}
    >
      <span className="flex items-center gap-1.5 font-mono text-sm font-semibold">
        <span className="truncate">{name}</span>
        {isTarget ? (
          <span className="ml-auto inline-flex items-center gap-1 font-sans text-[11px] font-medium text-accent">
            <TargetIcon />
            {t.targetBadge}
          </span>
        ) : null}
      </span>
      <span className="truncate font-mono" title={s.from}>
        FROM {s.from}
      </span>
      <span className="flex items-center gap-1">
        <span aria-hidden="true">{built ? '✓' : '⊘'}</span>
        <span className="font-medium">{built ? t.built : t.skipped}</span>
        {built ? <span className="text-muted">· ≈ {formatBytes(s.estimatedBytes, locale)}</span> : null}
      </span>
    </li>
  )
}

export function StageGraphView({ build, model, locale, target, onTargetChange }: {
  build: BuildResult
  model: DockerfileModel
  locale: Locale
  /** Current `--target` (null = last stage). */
  target: string | null
  onTargetChange?(target: string | null): void
}) {
  const t = labStrings(locale).stages
  const id = useId()
  const spec = useMemo(() => graphSpec(build), [build])
  const signature = useMemo(() => JSON.stringify([spec.nodes.map((n) => n.id), spec.edges.map((e) => [e.from, e.to, e.label])]), [spec])
  const [layout, setLayout] = useState<Layout | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (spec.nodes.length === 0) return
    let cancelled = false
    layoutGraph(spec, signature).then(
      (l) => {
        if (cancelled) return
        setLayout(l)
        setFailed(false)
      },
      () => !cancelled && setFailed(true),
    )
    return () => {
      cancelled = true
    }
    // Relayout only when the graph's shape changes (not when the target only greys stages).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature])

  if (build.stages.length === 0) return <p className="p-3 text-sm text-muted">{t.none}</p>
  const choices = targetChoices(model)
  const last = choices[choices.length - 1]
  const targetIndex = build.target
  const names = (pred: (i: number) => boolean) =>
    build.stages.filter((s) => pred(s.index)).map((s) => s.name ?? `#${s.index}`).join(', ')
  const targetLabel = targetIndex !== null ? build.stages[targetIndex]?.name ?? `#${targetIndex}` : '—'
  const summary = t.summary(targetLabel, names((i) => Boolean(build.graph.built[i])), names((i) => !build.graph.built[i]))
  const current = layout && layout.signature === signature ? layout : null

  return (
    <div className="space-y-3 p-3" data-testid="stage-graph">
      <p className="text-sm text-muted">{t.explain}</p>
      {onTargetChange ? (
        <label className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium">{t.target}</span>
          <select
            value={target ?? ''}
            onChange={(e) => onTargetChange(e.target.value === '' ? null : e.target.value)}
            className="h-9 rounded-md border border-line bg-canvas px-2 font-mono text-sm text-ink"
            data-testid="target-select"
          >
            <option value="">{t.lastStage(last?.label ?? '—')}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="text-sm" aria-live="polite" id={`${id}-summary`} data-testid="stage-summary">
        {summary}
      </p>
      {failed ? <p className="text-xs text-muted">{t.layoutFailed}</p> : null}
      {current ? (
        <div className="overflow-auto rounded-md border border-line bg-surface/40">
          <div className="relative" style={{ width: current.width, height: current.height }}>
            <svg width={current.width} height={current.height} className="absolute inset-0" aria-hidden="true">
              <defs>
                <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
                </marker>
              </defs>
              {current.edges.map((e) => (
                <polyline
                  key={e.id}
                  points={e.points.map((p) => `${p.x},${p.y}`).join(' ')}
                  fill="none"
                  strokeWidth={e.built ? 2 : 1.5}
                  strokeDasharray={e.built ? undefined : '5 4'}
                  className={e.built ? 'text-accent' : 'text-muted'}
                  stroke="currentColor"
                  markerEnd={`url(#${id}-arrow)`}
                />
              ))}
            </svg>
            {current.edges.map((e) =>
              e.label ? (
                <span
                  key={`${e.id}-label`}
                  title={e.label.full}
                  data-edge-label=""
                  className={`absolute whitespace-nowrap rounded border border-line bg-canvas px-1 font-mono text-[11px] leading-4 ${e.built ? 'text-ink' : 'text-muted'}`}
                  style={{ left: e.label.x, top: e.label.y, minWidth: e.label.w }}
                >
                  {e.label.text}
                </span>
              ) : null,
            )}
            <ul aria-describedby={`${id}-summary`}>
              {build.stages.map((s) => {
                const box = current.nodes.get(`s${s.index}`)
                if (!box) return null
                return <StageNode key={s.index} build={build} index={s.index} locale={locale} isTarget={targetIndex === s.index} style={{ position: 'absolute', left: box.x, top: box.y, width: box.w, height: box.h }} />
              })}
              {spec.nodes
                .filter((n) => n.kind === 'external')
                .map((n) => {
                  const box = current.nodes.get(n.id)
                  if (!box) return null
                  return (
                    <li key={n.id} className="absolute flex flex-col justify-center rounded-lg border border-dashed border-line bg-canvas px-3 text-xs" style={{ left: box.x, top: box.y, width: box.w, height: box.h }}>
                      <span className="truncate font-mono" title={n.image ?? ''}>
                        {n.image}
                      </span>
                      <span className="text-muted">{t.external}</span>
                    </li>
                  )
                })}
            </ul>
          </div>
        </div>
      ) : (
        // Before elkjs has loaded (or if it fails): the stages as a list, same nodes, same attributes.
        <ul className="grid gap-2" aria-describedby={`${id}-summary`}>
          {build.stages.map((s) => (
            <StageNode key={s.index} build={build} index={s.index} locale={locale} isTarget={targetIndex === s.index} style={{ minHeight: NODE_H }} />
          ))}
        </ul>
      )}
      {build.graph.edges.length > 0 ? (
        <ul className="space-y-1 text-xs">
          {build.graph.edges.map((e, i) => (
            <li key={i} className="font-mono text-muted">
              {build.stages[e.from]?.name ?? `#${e.from}`} → {build.stages[e.to]?.name ?? `#${e.to}`}: {e.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** Read-only stage graph for a Dockerfile text (lessons and exercises). */
export function StageGraph({ text, context = null, target = null, locale, selectable = true }: {
  text: string
  context?: BuildContext | null
  target?: string | null
  locale: Locale
  /** Show the target selector. */
  selectable?: boolean
}) {
  const [chosen, setChosen] = useState<string | null>(target)
  const model = useMemo(() => parseDockerfile(text), [text])
  const build = useMemo(() => simulateBuild({ model, context, target: chosen }), [model, context, chosen])
  return <StageGraphView build={build} model={model} locale={locale} target={chosen} onTargetChange={selectable ? setChosen : undefined} />
}
