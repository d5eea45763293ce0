/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import ConsistentInstructionCasing from './ConsistentInstructionCasing'
import ExposeInvalidFormat from './ExposeInvalidFormat'
import ExposeProtoCasing from './ExposeProtoCasing'
import FromAsCasing from './FromAsCasing'
import LegacyKeyValueFormat from './LegacyKeyValueFormat'
import MultipleInstructionsDisallowed from './MultipleInstructionsDisallowed'
import NoEmptyContinuation from './NoEmptyContinuation'
import StageNameCasing from './StageNameCasing'

export const buildkitRules: readonly Rule[] = [
  ConsistentInstructionCasing,
  ExposeInvalidFormat,
  ExposeProtoCasing,
  FromAsCasing,
  LegacyKeyValueFormat,
  MultipleInstructionsDisallowed,
  NoEmptyContinuation,
  StageNameCasing,
]
