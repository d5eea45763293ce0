/** Every rule, by folder: instruction rules and RUN (shell) rules from hadolint, BuildKit checks, the course's own. */
import type { Rule } from '../rule'
import { buildkitRules } from './buildkit'
import { courseRules } from './course'
import { instructionsRules } from './instructions'
import { runRules } from './run'

export const allRules: readonly Rule[] = [...instructionsRules, ...runRules, ...buildkitRules, ...courseRules]

const byName = new Map<string, Rule>()
for (const rule of allRules) for (const name of [rule.meta.id, ...rule.meta.aliases]) if (!byName.has(name)) byName.set(name, rule)

/** Finds a rule by its id or any alias. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name)
}
