/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import ConsistentInstructionCasing from './ConsistentInstructionCasing'
import FromAsCasing from './FromAsCasing'
import NoEmptyContinuation from './NoEmptyContinuation'
import StageNameCasing from './StageNameCasing'

export const buildkitRules: readonly Rule[] = [ConsistentInstructionCasing, FromAsCasing, NoEmptyContinuation, StageNameCasing]
