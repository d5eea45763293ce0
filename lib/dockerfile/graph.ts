/**
 * The stage graph: which stages a target needs (BuildKit prunes the rest) and in what order they
 * can build. Edges come from `FROM <stage>`, `COPY --from=<stage>` and `RUN --mount=…,from=<stage>`.
 */
import type { DockerfileModel, Stage } from './types'

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
