'use client'
/**
 * What if…: the build context as a file tree where each file can be marked as edited
 * (`data-change-path`), build-arg overrides, "compare with my previous version", and the simulated
 * rebuild: every step cached, rebuilt or skipped with its reason (`data-step-line`, `data-status`),
 * the BuildKit-style log, and a short animation of the invalidation flowing down each stage.
 * `WhatIfView` is fed by the lab; `WhatIf` takes Dockerfile text and a context (for lessons).
 */
import { useId, useMemo, useState } from 'react'
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { normalizeContextPath, parseDockerignore } from '@/lib/context/dockerignore'
import type { DockerfileModel } from '@/lib/dockerfile/types'
import type { Locale } from '@/lib/i18n'
import { contextTree, toBuildContext, type LabContext, type TreeNode } from '@/lib/lab/context'
import { formatBytes } from '@/lib/lab/format'
import { EMPTY_WHAT_IF, type WhatIfState } from '@/lib/lab/share'
import { declaredArgs, simulateLab } from '@/lib/lab/simulation'
import { renderProgress, type BuildResult, type CacheStepResult, type ProgressLine, type WhatIfResult } from '@/lib/simulate'
import { FileIcon, FolderIcon } from './icons'
import styles from './lab.module.css'
import { labStrings } from './strings'

const STATUS_STYLE = {
  hit: { icon: '✓', className: 'border-green-700/40 text-green-800 dark:text-green-300' },
  miss: { icon: '↻', className: 'border-red-700/40 text-red-800 dark:text-red-300' },
  skipped: { icon: '⊘', className: 'border-line text-muted' },
} as const

function instructionText(step: CacheStepResult): string {
  const i = step.instruction
  const flags = i.flags.map((f) => `--${f.name}${f.value !== null ? `=${f.value}` : ''}`).join(' ')
  const text = `${i.keyword}${flags ? ` ${flags}` : ''} ${i.argsText}`.replace(/\s+/g, ' ').trim()
  return text.length > 90 ? `${text.slice(0, 89)}…` : text
}

function FileTree({ nodes, changed, ignored, onToggle, locale, depth = 0 }: {
  nodes: TreeNode[]
  changed: ReadonlySet<string>
  ignored: (path: string) => boolean
  onToggle(path: string): void
  locale: Locale
  depth?: number
}) {
  const t = labStrings(locale).whatIf
  return (
    <ul className={depth ? 'ml-3 border-l border-line pl-2' : ''}>
      {nodes.map((n) =>
        n.kind === 'folder' ? (
          <li key={n.path} className="py-0.5">
            <span className="inline-flex items-center gap-1 font-mono text-xs text-muted">
              <FolderIcon />
              {n.name}/
            </span>
            <FileTree nodes={n.children} changed={changed} ignored={ignored} onToggle={onToggle} locale={locale} depth={depth + 1} />
          </li>
        ) : (
          <li key={n.path} className="py-0.5">
            <button
              type="button"
              data-change-path={n.path}
              aria-pressed={changed.has(n.path)}
              onClick={() => onToggle(n.path)}
              className={`flex w-full min-w-0 items-center gap-2 rounded-md border px-2 py-1 text-left font-mono text-xs ${
                changed.has(n.path) ? 'border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100' : 'border-transparent hover:border-line hover:bg-surface'
              } ${ignored(n.path) ? 'text-muted' : ''}`}
            >
              <span className="sr-only">{t.markEdited(n.path)}{ignored(n.path) ? ` (${t.ignoredHint})` : ''}: </span>
              {changed.has(n.path) ? <span aria-hidden="true">✎</span> : <FileIcon />}
              <span className={`min-w-0 flex-1 truncate ${ignored(n.path) ? 'line-through' : ''}`}>{n.name}</span>
              {changed.has(n.path) ? <span className="font-sans font-semibold">{t.edited}</span> : null}
              <span className="text-muted">{formatBytes(n.size, locale)}</span>
            </button>
          </li>
        ),
      )}
    </ul>
  )
}

export function RebuildSteps({ result, build, locale, animate = true }: { result: WhatIfResult; build: BuildResult; locale: Locale; animate?: boolean }) {
  const t = labStrings(locale).whatIf
  const signature = result.steps.map((s) => `${s.line}${s.status[0]}`).join(',')
  let order = 0
  return (
    <div className="space-y-3" key={signature}>
      {build.stages.map((stage) => {
        const steps = result.steps.filter((s) => s.stage === stage.index)
        if (steps.length === 0) return null
        return (
          <div role="group" key={stage.index} aria-label={t.stage(stage.label)}>
            <h4 className="mb-1 font-mono text-xs font-semibold text-muted">{t.stage(stage.label)}</h4>
            <ol className="space-y-1">
              {steps.map((s) => {
                const st = STATUS_STYLE[s.status]
                const delay = s.status === 'miss' ? order++ * 110 : 0
                return (
                  <li
                    key={`${s.stage}-${s.line}-${s.keyword}`}
                    data-step-line={s.line}
                    data-status={s.status}
                    data-reason={s.reason}
                    className={`rounded-md border border-line px-2 py-1.5 ${s.status === 'miss' && animate ? styles.invalidate : ''}`}
                    style={s.status === 'miss' && animate ? { animationDelay: `${delay}ms` } : undefined}
                  >
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                      <span className={`inline-flex items-center gap-1 rounded border px-1.5 text-[11px] font-bold tracking-wide ${st.className}`}>
                        <span aria-hidden="true">{st.icon}</span>
                        {t.status[s.status]}
                      </span>
                      <span className="font-mono text-xs text-muted">{t.line(s.line)}</span>
                      <code className="min-w-0 break-all font-mono text-xs">{instructionText(s)}</code>
                    </p>
                    <p className="mt-0.5 text-xs text-muted">{s.explanation[locale]}</p>
                  </li>
                )
              })}
            </ol>
          </div>
        )
      })}
    </div>
  )
}

export function BuildLog({ lines, label }: { lines: ProgressLine[]; label: string }) {
  return (
    <pre className="overflow-x-auto rounded-md border border-line bg-surface p-2 font-mono text-[11px] leading-5" data-testid="build-log" tabIndex={0} aria-label={label}>
      {renderProgress(lines)}
    </pre>
  )
}

export function WhatIfView({ model, context, state, onChange, result, build, log, locale, hasReference, compare, onCompareChange }: {
  model: DockerfileModel
  context: LabContext
  state: WhatIfState
  onChange(next: WhatIfState): void
  result: WhatIfResult
  /** The second build (its stages label the steps). */
  build: BuildResult
  log: ProgressLine[]
  locale: Locale
  hasReference?: boolean
  compare?: boolean
  onCompareChange?(compare: boolean): void
}) {
  const t = labStrings(locale).whatIf
  const id = useId()
  const tree = useMemo(() => contextTree(context.files), [context.files])
  const matcher = useMemo(() => parseDockerignore(context.dockerignore), [context.dockerignore])
  const changed = useMemo(() => new Set(state.changed.map(normalizeContextPath)), [state.changed])
  const args = useMemo(() => declaredArgs(model), [model])
  const toggle = (path: string) =>
    onChange({ ...state, changed: changed.has(path) ? state.changed.filter((p) => normalizeContextPath(p) !== path) : [...state.changed, path] })
  const setArg = (name: string, value: string) => {
    const next = { ...state.args }
    if (value === '') delete next[name]
    else next[name] = value
    onChange({ ...state, args: next })
  }
  const dirty = state.changed.length > 0 || Object.keys(state.args).length > 0 || compare
  const summary = t.summary(result.hits, result.misses, result.skipped)

  return (
    <div className="grid gap-4 p-3 text-sm xl:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]" data-testid="what-if">
      <div className="space-y-4">
        <p className="text-muted">{t.intro}</p>
        <div role="group" aria-labelledby={`${id}-files`}>
          <h3 id={`${id}-files`} className="mb-1 font-semibold">
            {t.contextTitle}
          </h3>
          {tree.length ? <FileTree nodes={tree} changed={changed} ignored={(p) => matcher.ignores(p)} onToggle={toggle} locale={locale} /> : <p className="text-muted">{t.noFiles}</p>}
        </div>
        <div role="group" aria-labelledby={`${id}-args`}>
          <h3 id={`${id}-args`} className="mb-1 font-semibold">
            {t.argsTitle}
          </h3>
          {args.length === 0 ? (
            <p className="text-muted">{t.noArgs}</p>
          ) : (
            <ul className="space-y-2">
              {args.map((a) => (
                <li key={a.name}>
                  <label className="flex flex-col gap-0.5 text-xs">
                    <span className="font-mono font-semibold">{a.name}</span>
                    <input
                      value={state.args[a.name] ?? ''}
                      onChange={(e) => setArg(a.name, e.target.value)}
                      placeholder={a.defaultValue ?? ''}
                      aria-describedby={`${id}-arg-${a.name}`}
                      data-arg={a.name}
                      className="h-8 rounded-md border border-line bg-canvas px-2 font-mono text-xs"
                    />
                    <span id={`${id}-arg-${a.name}`} className="text-muted">
                      {a.defaultValue !== null ? t.argDefault(a.defaultValue) : t.argNoDefault}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </div>
        {onCompareChange ? (
          <section>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={Boolean(compare)} disabled={!hasReference} onChange={(e) => onCompareChange(e.target.checked)} className="mt-1" data-testid="compare-previous" />
              <span>
                <span className="font-medium">{t.compare}</span>
                <span className="block text-xs text-muted">{hasReference ? t.compareHelp : t.noReference}</span>
              </span>
            </label>
          </section>
        ) : null}
        {dirty ? (
          <button
            type="button"
            onClick={() => {
              onChange({ ...EMPTY_WHAT_IF, target: state.target })
              onCompareChange?.(false)
            }}
            className="inline-flex h-9 items-center rounded-md border border-line bg-canvas px-3 text-xs font-medium hover:bg-surface"
          >
            ↺ {t.reset}
          </button>
        ) : null}
      </div>
      <div className="min-w-0 space-y-3">
        <h3 className="font-semibold">{t.stepsTitle}</h3>
        <p aria-live="polite" data-testid="what-if-summary">
          {result.misses === 0 && result.skipped === 0 ? t.nothingChanged : summary}
          {result.firstMiss ? <span className="block text-xs text-muted">{t.firstMiss(result.firstMiss.line)}</span> : null}
        </p>
        <RebuildSteps result={result} build={build} locale={locale} />
        <h3 className="font-semibold">{t.logTitle}</h3>
        <BuildLog lines={log} label={t.logTitle} />
      </div>
    </div>
  )
}

/** A self-contained what-if for a Dockerfile text and its context (lessons and exercises). */
export function WhatIf({ text, context, initialState = EMPTY_WHAT_IF, locale }: {
  text: string
  context: LabContext
  initialState?: WhatIfState
  locale: Locale
}) {
  const [state, setState] = useState<WhatIfState>(initialState)
  const model = useMemo(() => parseDockerfile(text), [text])
  const build = useMemo(() => toBuildContext(context), [context])
  const sim = useMemo(() => simulateLab({ model, context: build, whatIf: state }), [model, build, state])
  if (!sim) return null
  return <WhatIfView model={model} context={context} state={state} onChange={setState} result={sim.rebuild} build={sim.second} log={sim.log} locale={locale} />
}
