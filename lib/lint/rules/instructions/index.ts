/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import DL3000 from './DL3000'
import DL3002 from './DL3002'
import DL3006 from './DL3006'
import DL3007 from './DL3007'
import DL3020 from './DL3020'
import DL3021 from './DL3021'
import DL3022 from './DL3022'
import DL3023 from './DL3023'
import DL3024 from './DL3024'
import DL3025 from './DL3025'
import DL4000 from './DL4000'

export const instructionsRules: readonly Rule[] = [DL3000, DL3002, DL3006, DL3007, DL3020, DL3021, DL3022, DL3023, DL3024, DL3025, DL4000]
