/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import DL3009 from './DL3009'

export const runRules: readonly Rule[] = [DL3009]
