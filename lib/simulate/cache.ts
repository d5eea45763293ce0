/**
 * Cache what-if: given a first and a second simulated build, which steps of the second hit the
 * cache, which miss, and why. BuildKit rules (../shared/reference/build-semantics.md §1.3–1.5):
 *
 *  - A step hits when its key (see build.ts rule 10) was produced by the first build.
 *  - Metadata-only instructions (LABEL, EXPOSE, CMD, ENTRYPOINT, ENV, ARG, USER…) have no cache
 *    step: they never miss. ENV/ARG/USER/SHELL changes reach later RUNs through their key.
 *  - After the first miss every later step of the stage misses (its key includes the state before
 *    it), and so do the stages built FROM it.
 *  - An ENV change leaves a COPY right after it cached; the next RUN misses (its env changed).
 *  - A changed ARG value misses at the first RUN after that ARG's declaration, even if the RUN
 *    never mentions it; the ARG line itself never misses.
 *  - COPY/ADD keys use the content of the files they select after .dockerignore (never mtime), so
 *    `COPY . .` sees the Dockerfile and .git unless they are ignored.
 *  - Cache-mount contents and secret values are not part of a key; bind-mounted context files are.
 *  - `COPY --from=<stage>` of a stage that rebuilt is a miss: its outputs are assumed changed.
 *    (BuildKit can still hit when the copied bytes are identical; the simulator cannot know that.)
 *  - `COPY --link` does not depend on the steps before it, so it can hit after a miss.
 *  - Stages not needed for the target are skipped.
 */
import type { Instruction } from '@/lib/dockerfile/types'
import { label } from './build'
import { list, t } from './text'
import type { BuildResult, CacheStep, SimStage, Text } from './types'

export type CacheStatus = 'hit' | 'miss' | 'skipped'

export type CacheReason =
  | 'cached' | 'metadata-only'
  | 'instruction-changed' | 'source-files-changed' | 'parent-missed' | 'build-arg-changed' | 'env-changed'
  | 'base-image-changed' | 'copied-stage-rebuilt' | 'not-in-cache'
  | 'not-needed-for-target'

export interface CacheStepResult {
  stage: number
  /** 1-based line. */
  line: number
  keyword: string
  status: CacheStatus
  reason: CacheReason
  explanation: Text
  /** Context files whose change caused the miss (source-files-changed). */
  files: string[]
  /** Build args or ENV names whose change caused the miss. */
  names: string[]
  /** For parent-missed: the 1-based line of the step that missed first. */
  causeLine: number | null
  instruction: Instruction
}

export interface WhatIfResult {
  steps: CacheStepResult[]
  hits: number
  misses: number
  skipped: number
  /** The first missed step of the second build (in build order), or null when all hit. */
  firstMiss: CacheStepResult | null
}

function explain(result: Omit<CacheStepResult, 'explanation'>, extra: Extra = {}): Text {
  const k = result.keyword
  switch (result.reason) {
    case 'cached':
      return t(`${k}: en caché, mismas entradas que en el primer build.`, `${k}: cached, same inputs as in the first build.`)
    case 'metadata-only':
      return t(`${k} solo cambia la configuración de la imagen: no tiene paso de caché y nunca provoca un fallo.`, `${k} only changes the image configuration: it has no cache step and never causes a miss.`)
    case 'instruction-changed':
      return extra.old
        ? t(`La instrucción cambió (antes: «${extra.old}»).`, `The instruction changed (was: "${extra.old}").`)
        : t('Instrucción nueva o movida: no hay nada igual en la caché.', 'New or moved instruction: nothing like it is in the cache.')
    case 'source-files-changed':
      return t(`Cambiaron archivos que copia: ${list(result.files)}.`, `Files it copies changed: ${list(result.files)}.`)
    case 'parent-missed':
      return result.causeLine !== null
        ? t(`Un paso anterior falló (línea ${result.causeLine}), así que este y todos los siguientes se reconstruyen.`, `An earlier step missed (line ${result.causeLine}), so this one and every later one rebuild.`)
        : t(`La etapa base ${extra.stageName ?? ''} se reconstruyó, así que esta etapa se reconstruye.`, `Base stage ${extra.stageName ?? ''} rebuilt, so this stage rebuilds.`)
    case 'build-arg-changed':
      return k === 'RUN'
        ? t(`Cambió el build arg ${list(extra.values ?? result.names)}: todo RUN posterior a su ARG falla aunque no lo use.`, `Build arg ${list(extra.values ?? result.names)} changed: every RUN after its ARG misses, even if it does not use it.`)
        : t(`Cambió el build arg ${list(extra.values ?? result.names)}, que esta instrucción usa.`, `Build arg ${list(extra.values ?? result.names)} changed, and this instruction uses it.`)
    case 'env-changed':
      return result.names.length
        ? t(`Cambió el entorno (${list(extra.values ?? result.names)}): los RUN lo ven, así que este se reconstruye.`, `The environment changed (${list(extra.values ?? result.names)}): RUN steps see it, so this one rebuilds.`)
        : t('Cambió el usuario, el directorio de trabajo, el SHELL o los montajes con los que se ejecuta.', 'The user, working directory, SHELL or mounts it runs with changed.')
    case 'base-image-changed':
      return t(`Cambió la imagen base${extra.old ? ` (antes: ${extra.old})` : ''}: toda la etapa se reconstruye.`, `The base image changed${extra.old ? ` (was: ${extra.old})` : ''}: the whole stage rebuilds.`)
    case 'copied-stage-rebuilt':
      return t(`Copia de la etapa ${extra.stageName ?? ''}, que se reconstruyó: se asume que sus archivos cambiaron.`, `It copies from stage ${extra.stageName ?? ''}, which rebuilt: its outputs are assumed changed.`)
    case 'not-in-cache':
      return t('El primer build no construyó este paso (otra etapa objetivo), así que no está en la caché.', 'The first build did not build this step (a different target), so it is not in the cache.')
    case 'not-needed-for-target':
      return t(`La etapa ${extra.stageName ?? ''} no hace falta para el objetivo: BuildKit la omite.`, `Stage ${extra.stageName ?? ''} is not needed for the target: BuildKit skips it.`)
  }
}

type Extra = { old?: string; stageName?: string; values?: string[] }

/** A step result whose explanation is built on first read (most callers only need status and reason). */
class StepResult implements CacheStepResult {
  stage: number
  line: number
  keyword: string
  files: string[]
  names: string[]
  causeLine: number | null
  instruction: Instruction
  private text: Text | undefined
  constructor(base: Omit<CacheStepResult, 'explanation' | 'status' | 'reason'>, readonly status: CacheStatus, readonly reason: CacheReason, private extra: Extra) {
    this.stage = base.stage
    this.line = base.line
    this.keyword = base.keyword
    this.files = base.files
    this.names = base.names
    this.causeLine = base.causeLine
    this.instruction = base.instruction
  }

  get explanation(): Text {
    return (this.text ??= explain(this, this.extra))
  }

  toJSON() {
    const { stage, line, keyword, status, reason, files, names, causeLine } = this
    return { stage, line, keyword, status, reason, explanation: this.explanation, files, names, causeLine }
  }
}

function makeStep(base: Omit<CacheStepResult, 'explanation' | 'status' | 'reason'>, status: CacheStatus, reason: CacheReason, extra: Extra = {}, patch?: Partial<CacheStepResult>): CacheStepResult {
  return new StepResult(patch ? { ...base, ...patch } : base, status, reason, extra)
}

function diffRecord(a: Record<string, string>, b: Record<string, string>): Array<{ name: string; from: string | undefined; to: string | undefined }> {
  const out: Array<{ name: string; from: string | undefined; to: string | undefined }> = []
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const k of keys) if (a[k] !== b[k]) out.push({ name: k, from: a[k], to: b[k] })
  return out
}

function show(v: string | undefined): string {
  return v === undefined ? '∅' : v === '' ? '""' : v.length > 30 ? `${v.slice(0, 29)}…` : v
}

function diffSources(a: Array<[string, string]> | null, b: Array<[string, string]> | null): string[] {
  const left = new Map(a ?? [])
  const changed: string[] = []
  for (const [p, h] of b ?? []) {
    if (left.get(p) !== h) changed.push(p)
    left.delete(p)
  }
  changed.push(...left.keys())
  return changed.sort()
}

/** Compares a second build with a first one, step by step (rules above). Never throws. */
export function whatIf(first: BuildResult, second: BuildResult): WhatIfResult {
  const firstKeys = new Set<string>()
  const firstStates = new Set<string>()
  const children = new Map<string, CacheStep[]>()
  for (const s of first.cacheSteps) {
    // Only stages the first build actually built are in the cache.
    if (!first.graph.built[s.stage]) continue
    firstKeys.add(s.key)
    firstStates.add(s.stateKey)
    const list = children.get(s.parentKey)
    if (list) list.push(s)
    else children.set(s.parentKey, [s])
  }
  const builtFirst = new Set(first.stages.filter((s) => s.built).map((s) => s.index))
  const firstFromByStage = new Map<string, string>()
  for (const s of first.stages) firstFromByStage.set(s.name ?? String(s.index), s.from)

  const steps: CacheStepResult[] = []
  const missedStages = new Set<number>()
  // Per stage, the line of the first miss (for parent-missed explanations).
  const firstMissLine = new Map<number, number>()
  const byStage = new Map<number, CacheStepResult[]>()

  // Walk stages in build order so a stage's misses are known before the stages that use it.
  const order: SimStage[] = []
  for (const level of second.graph.levels) for (const i of level) { const s = second.stages[i]; if (s) order.push(s) }
  const placed = new Set(order.map((s) => s.index))
  for (const s of second.stages) if (!placed.has(s.index)) order.push(s)

  for (const stage of order) {
    const out: CacheStepResult[] = []
    byStage.set(stage.index, out)
    const stageName = stage.name ?? String(stage.index)
    for (const si of stage.instructions) {
      const instr = si.instruction
      const base = { stage: stage.index, line: si.line, keyword: si.keyword, files: [] as string[], names: [] as string[], causeLine: null as number | null, instruction: instr }
      if (!stage.built) {
        out.push(makeStep(base, 'skipped', 'not-needed-for-target', { stageName: stage.label }))
        continue
      }
      const step = si.onbuild ? findOnbuildStep(second, stage.index, instr) : second.stepOf.get(instr)
      if (!step) {
        out.push(makeStep(base, 'hit', 'metadata-only'))
        continue
      }
      if (firstKeys.has(step.key)) {
        out.push(makeStep(base, 'hit', 'cached'))
        continue
      }
      missedStages.add(stage.index)
      const r = classify(step, base, stage, second, first, { firstStates, children, builtFirst, firstMissLine, firstFromByStage, missedStages, stageName })
      if (!firstMissLine.has(stage.index)) firstMissLine.set(stage.index, si.line)
      out.push(r)
    }
  }
  for (const s of second.stages) steps.push(...(byStage.get(s.index) ?? []))
  let hits = 0
  let misses = 0
  let skipped = 0
  for (const s of steps) {
    if (s.status === 'hit') hits++
    else if (s.status === 'miss') misses++
    else skipped++
  }
  let firstMiss: CacheStepResult | null = null
  for (const stage of order) {
    const m = (byStage.get(stage.index) ?? []).find((s) => s.status === 'miss')
    if (m) { firstMiss = m; break }
  }
  return { steps, hits, misses, skipped, firstMiss }
}

function findOnbuildStep(result: BuildResult, stage: number, instr: Instruction): CacheStep | undefined {
  return result.cacheSteps.find((s) => s.stage === stage && s.instruction === instr) ?? result.stepOf.get(instr)
}

interface ClassifyState {
  firstStates: Set<string>
  children: Map<string, CacheStep[]>
  builtFirst: Set<number>
  firstMissLine: Map<number, number>
  firstFromByStage: Map<string, string>
  missedStages: Set<number>
  stageName: string
}

function classify(
  step: CacheStep,
  base: Omit<CacheStepResult, 'status' | 'reason' | 'explanation'>,
  stage: SimStage,
  second: BuildResult,
  first: BuildResult,
  st: ClassifyState,
): CacheStepResult {
  const miss = (reason: CacheReason, extra: Extra = {}, patch?: Partial<CacheStepResult>): CacheStepResult => makeStep(base, 'miss', reason, extra, patch)
  const keyword = base.keyword
  // FROM <image>
  if (keyword === 'FROM' && step.baseImage !== null) {
    const old = st.firstFromByStage.get(stage.name ?? String(stage.index))
    if (!st.builtFirst.has(stage.index) && old === stage.from) return miss('not-in-cache')
    return miss('base-image-changed', { old: old && old !== stage.from ? old : undefined })
  }
  // FROM <stage>
  if (keyword === 'FROM') {
    const parent = step.copiedStage !== null ? second.stages[step.copiedStage] : undefined
    return miss('parent-missed', { stageName: parent?.label ?? '' })
  }
  if (!step.link && !st.firstStates.has(step.parentKey)) {
    const cause = st.firstMissLine.get(stage.index)
    if (cause !== undefined) return miss('parent-missed', {}, { causeLine: cause })
    const parent = stage.baseStage !== null ? second.stages[stage.baseStage] : undefined
    if (parent) return miss('parent-missed', { stageName: parent.label })
    return miss('parent-missed', { stageName: stage.label }, { causeLine: null })
  }
  // Same state before the step: compare with what the first build did next.
  const candidates = st.children.get(step.parentKey) ?? []
  const counterpart = candidates.find((c) => c.instruction?.keyword === keyword && c.def === step.def)
    ?? candidates.find((c) => c.instruction?.keyword === keyword)
    ?? (step.link ? first.cacheSteps.find((c) => c.def === step.def) : undefined)
  if (!counterpart) {
    if (!st.builtFirst.has(stage.index)) return miss('not-in-cache')
    return miss('instruction-changed')
  }
  if (counterpart.def !== step.def) {
    const old = counterpart.instruction ? `${counterpart.instruction.keyword} ${counterpart.instruction.argsText}`.replace(/\s+/g, ' ').slice(0, 80) : undefined
    return miss('instruction-changed', { old })
  }
  if (step.copiedStage !== null && counterpart.copiedStageKey !== step.copiedStageKey) {
    const src = second.stages[step.copiedStage]
    return miss('copied-stage-rebuilt', { stageName: src?.label ?? String(step.copiedStage) })
  }
  if (step.copiedStage === null && step.copiedStageKey !== counterpart.copiedStageKey) {
    return miss('base-image-changed', { old: counterpart.copiedStageKey?.replace(/^image:/, '') })
  }
  const args = diffRecord(counterpart.argValues, step.argValues)
  if (args.length) return miss('build-arg-changed', { values: args.map((d) => `${d.name} (${show(d.from)} → ${show(d.to)})`) }, { names: args.map((d) => d.name) })
  const env = diffRecord(counterpart.envValues, step.envValues)
  if (env.length) return miss('env-changed', { values: env.map((d) => `${d.name} (${show(d.from)} → ${show(d.to)})`) }, { names: env.map((d) => d.name) })
  if (counterpart.runContext !== step.runContext) return miss('env-changed')
  const files = diffSources(counterpart.sources, step.sources)
  if (files.length) return miss('source-files-changed', {}, { files })
  if (counterpart.expanded !== step.expanded) return miss('build-arg-changed', { values: [] })
  return miss('instruction-changed')
}

// ---------------------------------------------------------------------------------------------
// BuildKit-style progress log

export interface ProgressLine {
  /** `#n` vertex number. */
  id: number
  /** `[build 3/6]` without brackets, or `internal`, or null. */
  label: string | null
  text: string
  status: 'CACHED' | 'DONE' | null
  stage: number | null
  /** 1-based line, or null. */
  line: number | null
}

function qualified(ref: string): string {
  if (ref === 'scratch') return ref
  const slash = ref.indexOf('/')
  const first = slash === -1 ? '' : ref.slice(0, slash)
  if (slash !== -1 && (first.includes('.') || first.includes(':') || first === 'localhost')) return ref
  const withTag = /[:@]/.test(ref.slice(slash + 1)) ? ref : `${ref}:latest`
  return slash === -1 ? `docker.io/library/${withTag}` : `docker.io/${withTag}`
}

/**
 * The build as BuildKit's plain progress would print it: `#5 [build 2/6] WORKDIR /app` then
 * `#5 CACHED` or `#5 DONE`. Without what-if steps every vertex is DONE (a cold build).
 */
export function progressLog(result: BuildResult, steps?: CacheStepResult[]): ProgressLine[] {
  const lines: ProgressLine[] = []
  let id = 0
  const internal = (text: string) => lines.push({ id: ++id, label: 'internal', text, status: null, stage: null, line: null })
  internal('load build definition from Dockerfile')
  const built = result.stages.filter((s) => s.built)
  const images = new Set<string>()
  for (const s of built) if (s.baseStage === null && s.from.toLowerCase() !== 'scratch') images.add(s.from)
  for (const e of result.graph.externalImages) if (result.graph.built[e.stage]) images.add(e.image)
  for (const img of images) internal(`load metadata for ${qualified(img)}`)
  internal('load .dockerignore')
  const usesContext = built.some((s) => s.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.instruction.flags.some((f) => f.name.toLowerCase() === 'from')))
  if (usesContext) internal('load build context')
  const statusOf = new Map<Instruction, CacheStepResult>()
  for (const s of steps ?? []) statusOf.set(s.instruction, s)
  const single = result.stages.length === 1
  const order: SimStage[] = []
  for (const level of result.graph.levels) for (const i of level) { const s = result.stages[i]; if (s) order.push(s) }
  for (const stage of order) {
    const vertices = stage.instructions.filter((i) => (i.keyword === 'FROM' ? stage.baseStage === null && stage.from.toLowerCase() !== 'scratch' : i.createsLayer))
    const n = vertices.length
    vertices.forEach((v, k) => {
      const prefix = single ? `${k + 1}/${n}` : `${stage.label} ${k + 1}/${n}`
      const text = v.keyword === 'FROM' ? `FROM ${qualified(stage.from)}` : label(v.instruction)
      const r = statusOf.get(v.instruction)
      lines.push({ id: ++id, label: prefix, text, status: r?.status === 'hit' ? 'CACHED' : 'DONE', stage: stage.index, line: v.line })
    })
  }
  if (order.length) lines.push({ id: ++id, label: null, text: 'exporting to image', status: null, stage: null, line: null })
  return lines
}


/** Renders progress lines as text, one vertex header and (for vertices) its status line. */
export function renderProgress(lines: ProgressLine[]): string {
  const out: string[] = []
  for (const l of lines) {
    out.push(`#${l.id} ${l.label ? `[${l.label}] ` : ''}${l.text}`)
    if (l.status) out.push(`#${l.id} ${l.status}`)
  }
  return `${out.join('\n')}\n`
}
