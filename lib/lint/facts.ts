/**
 * Shared, lazily computed facts about a model that several rules need: the shell commands of each
 * RUN, mounts, the stage chain and variables in scope. Computed once per lint run.
 */
import { baseChain } from '@/lib/dockerfile/graph'
import { BUILTIN_ARGS } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Flag, Instruction, Stage } from '@/lib/dockerfile/types'
import { parseShell, type ShellCommand, type ShellScript } from '@/lib/shell/parse'

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'])

/** The shell text a RUN executes: shell form, exec form joined (as hadolint does), or heredoc bodies. */
export function runScript(instr: Instruction): string {
  if (instr.json) return instr.json.join(' ')
  if (instr.heredocs.length === 0) return instr.argsText
  const commandLine = instr.argsText.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, ' ').trim()
  const program = commandLine.split(/\s+/)[0] ?? ''
  const base = program.slice(program.lastIndexOf('/') + 1)
  // `RUN <<EOF` and `RUN bash <<EOF` run the body as a script; `RUN cat <<EOF > f` feeds it data.
  if (!program || SHELLS.has(base)) return [commandLine, ...instr.heredocs.map((h) => h.content)].filter(Boolean).join('\n')
  return commandLine
}

// Instructions are immutable and reused by the parser while unchanged, so their shell reading
// outlives one lint run: an edit re-reads only the RUN it touched.
const scripts = new WeakMap<Instruction, ShellScript>()

export class Facts {
  private keywordIndex = new Map<string, Instruction[]>()
  private keywordIndexWithOnbuild = new Map<string, Instruction[]>()
  private baseStages: Set<number> | null = null
  constructor(readonly model: DockerfileModel) {
    for (const i of model.instructions) {
      push(this.keywordIndex, i.keyword, i)
      push(this.keywordIndexWithOnbuild, i.keyword, i)
      if (i.trigger) push(this.keywordIndexWithOnbuild, i.trigger.keyword, i.trigger)
    }
  }

  /** The instruction a rule should inspect: the trigger for `ONBUILD X`, else itself. */
  inner(instr: Instruction): Instruction {
    return instr.trigger ?? instr
  }

  shell(instr: Instruction): ShellScript {
    let s = scripts.get(instr)
    if (!s) {
      s = instr.keyword === 'RUN' ? parseShell(runScript(instr)) : { commands: [], hasPipe: false }
      scripts.set(instr, s)
    }
    return s
  }

  commands(instr: Instruction): ShellCommand[] {
    return this.shell(instr).commands
  }

  /** RUN instructions, with `ONBUILD RUN` unwrapped when `withOnbuild` (hadolint's onbuild wrapper). */
  runs(withOnbuild: boolean): readonly Instruction[] {
    return this.byKeyword('RUN', withOnbuild)
  }

  /** Instructions with a given keyword in file order, optionally including ONBUILD triggers. */
  byKeyword(keyword: string, withOnbuild = false): readonly Instruction[] {
    return (withOnbuild ? this.keywordIndexWithOnbuild : this.keywordIndex).get(keyword) ?? NONE
  }

  stageOf(instr: Instruction): Stage | undefined {
    return this.model.stages[instr.stage]
  }

  mounts(instr: Instruction): Flag[] {
    return instr.flags.filter((f) => f.name.toLowerCase() === 'mount')
  }

  /** A `--mount=type=cache|tmpfs` whose target contains the fragment (cleanup rules accept these). */
  hasCacheMount(instr: Instruction, fragment: string): boolean {
    return this.mounts(instr).some((m) => {
      const type = m.options.type ?? 'bind'
      const target = m.options.target ?? m.options.dst ?? m.options.destination ?? ''
      return (type === 'cache' || type === 'tmpfs') && target.includes(fragment)
    })
  }

  /** hadolint's "last stage or used as a FROM base" test (DL3009, DL3060). */
  isLastOrBaseStage(stageIndex: number): boolean {
    const stages = this.model.stages
    const stage = stages[stageIndex]
    const last = stages[stages.length - 1]
    if (!stage || !last) return false
    if (stage.from.source.trim() === last.from.source.trim()) return true
    this.baseStages ??= new Set(stages.flatMap((s) => (s.baseStage === null ? [] : [s.baseStage])))
    return stage.name !== null && this.baseStages.has(stageIndex)
  }

  /** ENV values set in this Dockerfile before `instr` in its stage, inherited through `FROM <stage>`. */
  envBefore(instr: Instruction): Map<string, string> {
    const env = new Map<string, string>()
    const stage = this.stageOf(instr)
    if (!stage) return env
    const chain = [...baseChain(this.model, stage.index)].reverse()
    for (const s of chain) for (const i of s.instructions) if (i.keyword === 'ENV') for (const p of i.pairs) env.set(p.key, p.value ?? '')
    for (const i of stage.instructions) {
      if (i === instr || i.index >= instr.index) break
      if (i.keyword === 'ENV') for (const p of i.pairs) env.set(p.key, p.value ?? '')
    }
    return env
  }

  /** ARG names declared before `instr` in its stage (and parent stages), plus built-ins. Global ARGs only when re-declared. */
  argsBefore(instr: Instruction): Set<string> {
    const names = new Set<string>(Object.keys(BUILTIN_ARGS))
    const stage = this.stageOf(instr)
    if (!stage) {
      for (const g of this.model.globalArgs) if (g.index < instr.index) for (const p of g.pairs) names.add(p.key)
      return names
    }
    for (const s of [...baseChain(this.model, stage.index)].reverse()) for (const i of s.instructions) if (i.keyword === 'ARG') for (const p of i.pairs) names.add(p.key)
    for (const i of stage.instructions) {
      if (i.index >= instr.index) break
      if (i.keyword === 'ARG') for (const p of i.pairs) names.add(p.key)
    }
    return names
  }
}

const NONE: readonly Instruction[] = Object.freeze([])

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The basename of a command (`/usr/bin/pip3` → `pip3`). */
export function commandBase(cmd: ShellCommand): string {
  return cmd.name.slice(cmd.name.lastIndexOf('/') + 1)
}

export function hasAnyArg(cmd: ShellCommand, ...values: string[]): boolean {
  return cmd.args.some((a) => values.includes(a))
}

export function hasAnyFlag(cmd: ShellCommand, ...flags: string[]): boolean {
  return cmd.flags.some((f) => flags.includes(f))
}

/** Args that are not flags (do not start with `-`). Flag values stay in, as in hadolint. */
export function positionalArgs(cmd: ShellCommand): string[] {
  return cmd.args.filter((a) => !a.startsWith('-') || a === '-')
}

/** Args without flags and without the values of the listed flags (e.g. `-t value`). */
export function argsWithoutFlagValues(cmd: ShellCommand, flagsWithValues: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!
    if (a.startsWith('-') && a !== '-') {
      if (flagsWithValues.includes(a) && !a.includes('=')) i++
      continue
    }
    out.push(a)
  }
  return out
}
