/** What the course's rules need to know about a stage's filesystem: its base image and the users created. */
import { baseChain, rootStage } from '@/lib/dockerfile/graph'
import { copyDestination, copySources } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Instruction, Stage } from '@/lib/dockerfile/types'
import { lookupImage, type ImageInfo } from '@/lib/images'
import type { Facts } from '../../../facts'
import { commandBase } from '../../../facts'

/** The external base image a stage ultimately builds on (following `FROM <stage>`). */
export function baseImageOf(model: DockerfileModel, stage: Stage): ImageInfo {
  const root = rootStage(model, stage.index) ?? stage
  return lookupImage(root.image)
}

/** Instructions of the stage's base chain (oldest first) and of the stage, up to but excluding `before`. */
export function chainInstructions(model: DockerfileModel, stage: Stage, before?: Instruction): Instruction[] {
  const out: Instruction[] = []
  for (const s of [...baseChain(model, stage.index)].reverse()) out.push(...s.instructions)
  for (const i of stage.instructions) {
    if (before && i.index >= before.index) break
    out.push(i)
  }
  return out
}

const USERADD_VALUE_FLAGS = new Set(['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '--home', '-h', '-s', '--shell', '-c', '--comment', '--gecos', '-k', '--skel', '-e', '-f', '-K', '-p', '-b', '-Z', '--ingroup', '--firstuid', '--lastuid'])

function positionalsSkippingValues(args: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a.startsWith('-')) {
      if (!a.includes('=') && USERADD_VALUE_FLAGS.has(a)) i++
      continue
    }
    out.push(a)
  }
  return out
}

export interface CreatedAccounts {
  users: Record<string, number>
  groups: string[]
}

/** Users and groups created by `useradd`/`adduser`/`addgroup`/`groupadd` in these instructions. */
export function createdAccounts(facts: Facts, instructions: Instruction[]): CreatedAccounts {
  const users: Record<string, number> = {}
  const groups: string[] = []
  for (const instr of instructions) {
    if (instr.keyword !== 'RUN') continue
    for (const cmd of facts.commands(instr)) {
      const name = commandBase(cmd)
      const positionals = positionalsSkippingValues(cmd.args)
      if (name === 'useradd' || name === 'adduser') {
        const user = name === 'adduser' && positionals.length === 2 ? positionals[0] : positionals[positionals.length - 1]
        if (!user) continue
        const uidIndex = cmd.args.findIndex((a) => a === '-u' || a === '--uid')
        const uid = Number(uidIndex === -1 ? NaN : cmd.args[uidIndex + 1])
        // A second positional to adduser adds an existing user to a group; it creates nobody new.
        if (name === 'adduser' && positionals.length === 2) groups.push(positionals[1]!)
        else {
          users[user] = Number.isFinite(uid) ? uid : 1000
          groups.push(user)
        }
      }
      if ((name === 'addgroup' || name === 'groupadd') && positionals.length) groups.push(positionals[positionals.length - 1]!)
    }
  }
  return { users, groups }
}

/** True when a COPY/ADD in these instructions puts something at `path` (or a shell-providing busybox). */
export function copiedPath(instructions: Instruction[], path: string): boolean {
  for (const i of instructions) {
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue
    const dest = copyDestination(i).replace(/\/+$/, '')
    if (dest === path) return true
    const sources = copySources(i)
    if (dest === path.slice(0, path.lastIndexOf('/')) && sources.some((s) => s.endsWith(path.slice(path.lastIndexOf('/'))))) return true
    if (sources.some((s) => s === path || s.replace(/\/+$/, '') === '/busybox') && (dest === path || path.startsWith('/busybox'))) return true
  }
  return false
}

/** The shell RUN uses in a stage at an instruction: the last SHELL's program, else the image's, else /bin/sh. */
export function shellAt(instructions: Instruction[], image: ImageInfo): string {
  for (let k = instructions.length - 1; k >= 0; k--) {
    const i = instructions[k]!
    if (i.keyword === 'SHELL' && i.json?.[0]) return i.json[0]
  }
  return image.shell ?? '/bin/sh'
}
