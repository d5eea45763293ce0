/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'

export const courseRules: readonly Rule[] = []
