/**
 * The stage graph: which stages a target needs (BuildKit prunes the rest) and in what order they
 * can build. Edges come from `FROM <stage>`, `COPY --from=<stage>` and `RUN --mount=…,from=<stage>`.
 */
import type { DockerfileModel, Stage, StageEdge } from './types'

/** The stage for `--target` (case-insensitive name or index), or the last stage. Null when unknown. */
export function resolveTarget(model: DockerfileModel, target?: string | null): Stage | null {
  if (model.stages.length === 0) return null
  if (target === undefined || target === null || target === '') return model.stages[model.stages.length - 1]!
  const lower = target.toLowerCase()
  return model.stages.find((s) => s.name === lower) ?? (/^\d+$/.test(target) ? model.stages[Number(target)] ?? null : null)
}

/** Indices of the stages each stage depends on directly. */
export function dependencies(model: DockerfileModel): Map<number, Set<number>> {
  const deps = new Map<number, Set<number>>()
  for (const s of model.stages) deps.set(s.index, new Set())
  for (const e of model.edges) if (e.from !== null && e.from !== e.to) deps.get(e.to)?.add(e.from)
  return deps
}

/** The target plus every stage it reaches through edges. */
export function reachableStages(model: DockerfileModel, targetIndex: number): Set<number> {
  const deps = dependencies(model)
  const seen = new Set<number>()
  const stack = [targetIndex]
  while (stack.length) {
    const s = stack.pop()!
    if (seen.has(s)) continue
    seen.add(s)
    for (const d of deps.get(s) ?? []) stack.push(d)
  }
  return seen
}

/** Chain of base stages (`FROM <stage>`), nearest first, guarding against cycles. */
export function baseChain(model: DockerfileModel, stageIndex: number): Stage[] {
  const chain: Stage[] = []
  const seen = new Set<number>([stageIndex])
  let cur = model.stages[stageIndex]?.baseStage ?? null
  while (cur !== null && !seen.has(cur)) {
    seen.add(cur)
    const s = model.stages[cur]
    if (!s) break
    chain.push(s)
    cur = s.baseStage
  }
  return chain
}

/** The first stage of the base chain: the one whose base is an external image. */
export function rootStage(model: DockerfileModel, stageIndex: number): Stage | undefined {
  const chain = baseChain(model, stageIndex)
  return chain.length ? chain[chain.length - 1] : model.stages[stageIndex]
}

// ---------------------------------------------------------------------------------------------
// The full stage graph for a target: what BuildKit builds, in which parallel levels, and the
// problems BuildKit would refuse (unknown target, forward or cyclic references, duplicate names).
// Problems are findings, never exceptions.

export type GraphFindingCode =
  | 'unknown-target' | 'duplicate-stage-name' | 'forward-reference' | 'self-reference' | 'cycle'
  | 'unknown-stage-index' | 'possible-stage-typo' | 'external-image-reference' | 'variable-in-from-flag'

export interface GraphFinding {
  code: GraphFindingCode
  severity: 'error' | 'warning' | 'info'
  /** Zero-based line of the instruction involved, or null. */
  line: number | null
  stage: number | null
  message: { es: string; en: string }
}

export interface GraphEdge {
  kind: 'from' | 'copy' | 'mount'
  from: number
  to: number
  /** What crosses the edge, as written: `FROM build`, `COPY --from=build /out/app /app`, `RUN --mount=from=deps`. */
  label: string
  /** Source paths (COPY) or the mount source. */
  paths: string[]
  /** Zero-based line of the instruction. */
  line: number
}

export interface ExternalRef {
  /** Stage using the image. */
  stage: number
  image: string
  kind: 'copy' | 'mount'
  line: number
}

export interface StageGraph {
  /** Index of the target stage, or null when the model has no stages or the target is unknown. */
  target: number | null
  /** The target as reported: the stage name, else its index as text. */
  targetName: string | null
  /** Per stage: whether BuildKit builds it for this target. */
  built: boolean[]
  /** Per stage: stage indices it needs (FROM parent, COPY --from, RUN --mount from), sorted, no duplicates. */
  dependsOn: number[][]
  /** Built stages grouped in levels; stages of one level can build in parallel. Stages in a cycle come last. */
  levels: number[][]
  /** Per stage: its level, or -1 when not built. */
  levelOf: number[]
  /** Stage-to-stage edges with labels for the UI. */
  edges: GraphEdge[]
  /** External images used by `COPY --from=<image>` or `RUN --mount=from=<image>`; they are not stages. */
  externalImages: ExternalRef[]
  findings: GraphFinding[]
}

function edgeLabel(e: StageEdge): string {
  if (e.kind === 'from') return `FROM ${e.ref}`
  const instr = e.instruction.trigger ?? e.instruction
  if (e.kind === 'copy') return `${instr.keyword} --from=${e.ref} ${instr.argsText}`.trim()
  return `RUN --mount=from=${e.ref}${e.paths.length && e.paths[0] !== '/' ? `,source=${e.paths[0]}` : ''}`
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]!
}

/** Builds the stage graph for a target (a stage name, an index, or the last stage by default). Never throws. */
export function stageGraph(model: DockerfileModel, target?: string | null): StageGraph {
  const n = model.stages.length
  const findings: GraphFinding[] = []
  const deps: Set<number>[] = model.stages.map(() => new Set<number>())
  const edges: GraphEdge[] = []
  const externalImages: ExternalRef[] = []

  // Duplicate names: BuildKit refuses them; references resolve to the first.
  const firstByName = new Map<string, number>()
  for (const s of model.stages) {
    if (s.name === null) continue
    const first = firstByName.get(s.name)
    if (first === undefined) firstByName.set(s.name, s.index)
    else {
      findings.push({
        code: 'duplicate-stage-name', severity: 'error', line: s.from.range.start.line, stage: s.index,
        message: {
          es: `El nombre de etapa «${s.name}» ya lo usa la etapa ${first}; BuildKit rechaza nombres duplicados.`,
          en: `Stage name "${s.name}" is already used by stage ${first}; BuildKit rejects duplicate names.`,
        },
      })
    }
  }

  for (const e of model.edges) {
    const line = e.instruction.range.start.line
    if (/\$/.test(e.ref) && e.kind !== 'from') {
      findings.push({
        code: 'variable-in-from-flag', severity: 'error', line, stage: e.to,
        message: {
          es: `--from=${e.ref}: BuildKit no expande variables en --from.`,
          en: `--from=${e.ref}: BuildKit does not expand variables in --from.`,
        },
      })
      continue
    }
    if (e.from === null) {
      const ref = e.ref
      if (/^\d+$/.test(ref)) {
        findings.push({
          code: 'unknown-stage-index', severity: 'error', line, stage: e.to,
          message: {
            es: `--from=${ref}: no hay etapa con índice ${ref} (hay ${n}).`,
            en: `--from=${ref}: there is no stage with index ${ref} (there are ${n}).`,
          },
        })
        continue
      }
      externalImages.push({ stage: e.to, image: e.image ?? ref, kind: e.kind === 'mount' ? 'mount' : 'copy', line })
      const lower = ref.toLowerCase()
      const simple = !/[/:.@]/.test(lower)
      const near = simple ? model.stages.find((s) => s.name !== null && editDistance(s.name, lower) <= 2) : undefined
      findings.push(near
        ? {
            code: 'possible-stage-typo', severity: 'warning', line, stage: e.to,
            message: {
              es: `--from=${ref} no es ninguna etapa: Docker intentará descargar la imagen «${ref}». ¿Querías decir «${near.name}»?`,
              en: `--from=${ref} is not a stage: Docker will try to pull an image called "${ref}". Did you mean "${near.name}"?`,
            },
          }
        : {
            code: 'external-image-reference', severity: 'info', line, stage: e.to,
            message: {
              es: `--from=${ref} no es una etapa: se usa como imagen externa.`,
              en: `--from=${ref} is not a stage: it is used as an external image.`,
            },
          })
      continue
    }
    if (e.from === e.to) {
      findings.push({
        code: 'self-reference', severity: 'error', line, stage: e.to,
        message: { es: `La etapa ${e.to} se referencia a sí misma (${e.ref}).`, en: `Stage ${e.to} refers to itself (${e.ref}).` },
      })
      continue
    }
    if (e.from > e.to) {
      findings.push({
        code: 'forward-reference', severity: 'error', line, stage: e.to,
        message: {
          es: `--from=${e.ref}: la etapa se define después; BuildKit exige definirla antes de usarla.`,
          en: `--from=${e.ref}: that stage is defined later; BuildKit requires it to be defined before it is used.`,
        },
      })
    }
    deps[e.to]!.add(e.from)
    edges.push({ kind: e.kind, from: e.from, to: e.to, label: edgeLabel(e), paths: e.paths, line })
  }

  // Target.
  let targetStage: Stage | null = null
  if (n > 0) {
    targetStage = resolveTarget(model, target)
    if (!targetStage) {
      findings.push({
        code: 'unknown-target', severity: 'error', line: null, stage: null,
        message: {
          es: `No existe la etapa objetivo «${target}».`,
          en: `Target stage "${target}" could not be found.`,
        },
      })
    }
  }

  // Reachability from the target.
  const built = model.stages.map(() => false)
  if (targetStage) {
    const stack = [targetStage.index]
    while (stack.length) {
      const s = stack.pop()!
      if (built[s]) continue
      built[s] = true
      for (const d of deps[s]!) if (!built[d]) stack.push(d)
    }
  }

  // Levels (Kahn's algorithm over built stages); stages left over are in a cycle.
  const levelOf = model.stages.map(() => -1)
  const levels: number[][] = []
  const remaining = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    if (!built[i]) continue
    let count = 0
    for (const d of deps[i]!) if (built[d]) count++
    remaining.set(i, count)
  }
  const dependents: number[][] = model.stages.map(() => [])
  for (let i = 0; i < n; i++) for (const d of deps[i]!) if (built[i] && built[d]) dependents[d]!.push(i)
  let frontier = [...remaining].filter(([, c]) => c === 0).map(([i]) => i)
  let placed = 0
  while (frontier.length) {
    frontier.sort((a, b) => a - b)
    for (const s of frontier) levelOf[s] = levels.length
    levels.push(frontier)
    placed += frontier.length
    const next: number[] = []
    for (const s of frontier) {
      for (const t of dependents[s]!) {
        const c = remaining.get(t)! - 1
        remaining.set(t, c)
        if (c === 0) next.push(t)
      }
    }
    frontier = next
  }
  if (placed < remaining.size) {
    const blocked = [...remaining].filter(([i]) => levelOf[i] === -1).map(([i]) => i).sort((a, b) => a - b)
    for (const s of blocked) levelOf[s] = levels.length
    levels.push(blocked)
    // Name the stages actually on a cycle (others are only blocked by one).
    const left = new Set(blocked)
    const onCycle = blocked.filter((start) => {
      const seen = new Set<number>()
      const stack = [...deps[start]!].filter((d) => left.has(d))
      while (stack.length) {
        const cur = stack.pop()!
        if (cur === start) return true
        if (seen.has(cur)) continue
        seen.add(cur)
        for (const d of deps[cur]!) if (left.has(d)) stack.push(d)
      }
      return false
    })
    const cyclic = onCycle.length ? onCycle : blocked
    const names = cyclic.map((i) => model.stages[i]?.name ?? String(i)).join(' ↔ ')
    findings.push({
      code: 'cycle', severity: 'error', line: model.stages[cyclic[0]!]?.from.range.start.line ?? null, stage: cyclic[0] ?? null,
      message: {
        es: `Dependencia circular entre etapas (${names}); BuildKit la rechaza.`,
        en: `Circular dependency between stages (${names}); BuildKit rejects it.`,
      },
    })
  }

  return {
    target: targetStage?.index ?? null,
    targetName: targetStage ? (targetStage.name ?? String(targetStage.index)) : null,
    built,
    dependsOn: deps.map((d) => [...d].sort((a, b) => a - b)),
    levels,
    levelOf,
    edges,
    externalImages,
    findings,
  }
}
