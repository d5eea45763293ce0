/** Variable values BuildKit would use at an instruction, without --build-arg (defaults only). */
import type { Instruction } from '@/lib/dockerfile/types'
import type { Facts } from '../../../facts'

/** ENV values (inherited through FROM <stage>) and the stage's ARG defaults set before `instr`. */
export function valuesBefore(facts: Facts, instr: Instruction): Map<string, string> {
  const values = facts.envBefore(instr)
  const stage = facts.stageOf(instr)
  for (const i of stage?.instructions ?? []) {
    if (i.index >= instr.index) break
    if (i.keyword === 'ARG') for (const p of i.pairs) if (p.value !== null) values.set(p.key, p.value)
  }
  return values
}
