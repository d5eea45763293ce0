/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import DL3020 from './DL3020'

export const instructionsRules: readonly Rule[] = [DL3020]
