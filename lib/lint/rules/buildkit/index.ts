/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'

export const buildkitRules: readonly Rule[] = []
