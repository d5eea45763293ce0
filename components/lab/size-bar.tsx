'use client'
/**
 * Layers and size: the final image as a stacked bar (base + each layer, labelled by line), its
 * estimated size (`data-testid="image-size"`, `data-bytes`), wasted bytes, dive-style efficiency,
 * per-path waste explanations and a comparison with a reference ("1.1 GB → 143 MB (−87 %)").
 * `SizeBarView` takes simulated builds; `SizeBar` takes Dockerfile text (for lessons).
 */
import { useMemo } from 'react'
import type { BuildContext } from '@/lib/context/types'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import type { Locale } from '@/lib/i18n'
import { formatBytes, formatComparison, formatPercent } from '@/lib/lab/format'
import { simulateBuild, type BuildResult, type Layer } from '@/lib/simulate'
import { PinIcon } from './icons'
import { labStrings } from './strings'

const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#db2777', '#65a30d', '#ea580c']
const BASE_COLOR = '#64748b'

function layerColor(layer: Layer, i: number): string {
  return layer.keyword === 'FROM' && i === 0 ? BASE_COLOR : PALETTE[(i - 1 + PALETTE.length) % PALETTE.length]!
}

export function SizeBarView({ build, referenceBuild, referenceLabel, locale, onPin, showReference = true }: {
  build: BuildResult
  referenceBuild?: BuildResult | null
  referenceLabel?: string | null
  locale: Locale
  /** Pins the current version as the reference (playground). */
  onPin?(): void
  showReference?: boolean
}) {
  const t = labStrings(locale).layers
  const image = build.image
  const stage = build.target !== null ? build.stages[build.target] : undefined
  if (!image || !stage) return <p className="p-3 text-sm text-muted">{t.noImage}</p>
  const layers = stage.layers
  const total = Math.max(1, layers.reduce((s, l) => s + l.bytes, 0))
  const refBytes = referenceBuild?.image?.estimatedBytes ?? null
  const sameAsReference = refBytes === image.estimatedBytes && referenceBuild?.input.model.text === build.input.model.text
  const waste = [...image.waste].sort((a, b) => b.bytes - a.bytes)

  return (
    <div className="space-y-4 p-3 text-sm" data-testid="size-panel">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <div className="rounded-md border border-line p-2">
          <dt className="text-xs text-muted">{t.total}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="image-size" data-bytes={image.estimatedBytes}>
            ≈ {formatBytes(image.estimatedBytes, locale)}
          </dd>
        </div>
        <div className="rounded-md border border-line p-2">
          <dt className="text-xs text-muted">{t.wasted}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="wasted-bytes" data-bytes={image.wastedBytes}>
            {formatBytes(image.wastedBytes, locale)}
          </dd>
        </div>
        <div className="rounded-md border border-line p-2">
          <dt className="text-xs text-muted">{t.efficiency}</dt>
          <dd className="text-xl font-semibold tabular-nums" data-testid="efficiency" data-value={image.efficiency.toFixed(4)} title={t.efficiencyHelp}>
            {formatPercent(image.efficiency, locale)}
          </dd>
        </div>
      </dl>

      {showReference && refBytes !== null && !sameAsReference ? (
        <p className="rounded-md border border-line bg-surface px-3 py-2" data-testid="size-comparison">
          <span className="text-muted">{t.compareWith(referenceLabel ?? t.referenceLabel)}: </span>
          <strong className="tabular-nums">{formatComparison(refBytes, image.estimatedBytes, locale)}</strong>
        </p>
      ) : null}
      {onPin ? (
        <button type="button" onClick={onPin} className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line bg-canvas px-3 text-xs font-medium hover:bg-surface" data-testid="pin-reference">
          <PinIcon />
          {t.pin}
        </button>
      ) : null}

      {/* A group, not a region: a lesson can show several size bars, and landmarks must be unique. */}
      <div role="group" aria-label={t.title}>
        <h3 className="mb-1 font-semibold">{t.title}</h3>
        <div className="flex h-8 w-full overflow-hidden rounded-md border border-line" aria-hidden="true" data-testid="size-bar">
          {layers.map((l, i) => (
            <div
              key={l.id}
              title={`${l.line ? t.lineN(l.line) : t.base} · ${l.label} · ${formatBytes(l.bytes, locale)}`}
              style={{ width: `${(l.bytes / total) * 100}%`, minWidth: l.bytes > 0 ? 3 : 0, backgroundColor: layerColor(l, i) }}
              className="h-full border-r border-canvas last:border-r-0"
              data-layer-line={l.line}
            />
          ))}
        </div>
        <div className="mt-2 overflow-x-auto">
        <table className="w-full text-xs">
          <caption className="sr-only">{t.barLabel}</caption>
          <thead>
            <tr className="text-left text-muted">
              <th scope="col" className="py-1 pr-2 font-medium">{t.line}</th>
              <th scope="col" className="py-1 pr-2 font-medium">{t.layer}</th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">{t.size}</th>
              <th scope="col" className="py-1 text-right font-medium">{t.share}</th>
            </tr>
          </thead>
          <tbody>
            {layers.map((l, i) => (
              <tr key={l.id} className="border-t border-line align-top" data-layer-line={l.line}>
                <td className="py-1 pr-2 font-mono whitespace-nowrap">
                  <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ backgroundColor: layerColor(l, i) }} />
                  {l.line ? t.lineN(l.line) : '—'}
                </td>
                <td className="py-1 pr-2">
                  <span className="font-mono break-all">{l.label}</span>
                  {l.stage !== stage.index ? <span className="text-muted"> · {build.stages[l.stage]?.label}</span> : null}
                  {l.reasons.length ? (
                    <ul className="mt-0.5 text-muted">
                      {l.reasons.slice(0, 4).map((r, k) => (
                        <li key={k}>{r.text[locale]}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td className="py-1 pr-2 text-right font-mono tabular-nums whitespace-nowrap">{formatBytes(l.bytes, locale)}</td>
                <td className="py-1 text-right font-mono tabular-nums">{formatPercent(l.bytes / total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </div>

      <section>
        <h3 className="mb-1 font-semibold">{t.wasteTitle}</h3>
        {waste.length === 0 ? (
          <p className="flex items-center gap-2 text-muted">
            <span aria-hidden="true">✓</span>
            {t.noWaste}
          </p>
        ) : (
          <ul className="space-y-2" data-testid="waste-list">
            {waste.slice(0, 12).map((w) => (
              <li key={w.path} className="rounded-md border border-line p-2" data-waste-path={w.path}>
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-mono break-all">{w.path}</span>
                  <span className="font-mono text-muted tabular-nums">{formatBytes(w.bytes, locale)}</span>
                  <span className="text-xs text-muted">({t.reclaimable(formatBytes(w.reclaimableBytes, locale))})</span>
                </p>
                <p className="mt-0.5 text-muted">{w.explanation[locale]}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <p className="text-xs text-muted">{t.estimate}</p>
        {build.assumptions.length ? (
          <details className="mt-1 text-xs text-muted">
            <summary className="cursor-pointer">{t.assumptions}</summary>
            <ul className="mt-1 list-disc pl-5">
              {build.assumptions.map((a, i) => (
                <li key={i}>{a[locale]}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  )
}

/** Read-only layers-and-size view for a Dockerfile text, optionally compared with a reference text. */
export function SizeBar({ text, context = null, reference = null, referenceLabel = null, target = null, locale }: {
  text: string
  context?: BuildContext | null
  reference?: string | null
  referenceLabel?: string | null
  target?: string | null
  locale: Locale
}) {
  const build = useMemo(() => simulateBuild({ model: parseDockerfile(text), context, target }), [text, context, target])
  const referenceBuild = useMemo(() => (reference ? simulateBuild({ model: parseDockerfile(reference), context, target }) : null), [reference, context, target])
  return <SizeBarView build={build} referenceBuild={referenceBuild} referenceLabel={referenceLabel} locale={locale} />
}
