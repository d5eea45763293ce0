/**
 * EXPOSE port specs as BuildKit's dispatchExpose sees them: each word expanded with the stage's
 * variables, then split into `[ip:][hostPort:]containerPort[/proto]`.
 */
import { unquote } from '@/lib/dockerfile/parse'
import type { Arg, Instruction } from '@/lib/dockerfile/types'
import { expandVariables } from '@/lib/dockerfile/vars'
import type { Facts } from '../../../facts'
import { valuesBefore } from './stage-values'

export interface PortSpec {
  /** The spec after expansion, as BuildKit prints it. */
  text: string
  /** The word it came from. */
  arg: Arg
  /** True when the word is written literally (no quotes, no variables), so it can be edited in place. */
  literal: boolean
  ip: string
  hostPort: string
  containerPort: string
  /** Protocol as written, '' when absent. */
  proto: string
}

/** BuildKit's splitParts: the last two `:` parts are host and container port, the rest the IP. */
function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':')
  const n = parts.length
  if (n === 1) return ['', '', parts[0]!]
  if (n === 2) return ['', parts[0]!, parts[1]!]
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, parts[n - 1]!]
}

export function portSpecs(facts: Facts, instr: Instruction, escape: string): PortSpec[] {
  const specs: PortSpec[] = []
  let values: Map<string, string> | null = null
  for (const arg of instr.args) {
    const literal = !/["'$\\`]/.test(arg.value)
    let words = [arg.value]
    if (arg.value.includes('$')) {
      values ??= valuesBefore(facts, instr)
      const env = values
      words = expandVariables(arg.value, (n) => env.get(n), escape).value.split(/\s+/).filter(Boolean)
    }
    for (const word of words) {
      const text = unquote(word)
      const [ip, hostPort, rest] = splitParts(text)
      const slash = rest.indexOf('/')
      specs.push({
        text, arg, literal, ip, hostPort,
        containerPort: slash === -1 ? rest : rest.slice(0, slash),
        proto: slash === -1 ? '' : rest.slice(slash + 1),
      })
    }
  }
  return specs
}
