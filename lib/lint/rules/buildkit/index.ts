/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import ConsistentInstructionCasing from './ConsistentInstructionCasing'
import CopyIgnoredFile from './CopyIgnoredFile'
import ExposeInvalidFormat from './ExposeInvalidFormat'
import ExposeProtoCasing from './ExposeProtoCasing'
import FromAsCasing from './FromAsCasing'
import InvalidDefaultArgInFrom from './InvalidDefaultArgInFrom'
import InvalidDefinitionDescription from './InvalidDefinitionDescription'
import LegacyKeyValueFormat from './LegacyKeyValueFormat'
import MultipleInstructionsDisallowed from './MultipleInstructionsDisallowed'
import NoEmptyContinuation from './NoEmptyContinuation'
import StageNameCasing from './StageNameCasing'
import UndefinedArgInFrom from './UndefinedArgInFrom'
import UndefinedVar from './UndefinedVar'

export const buildkitRules: readonly Rule[] = [
  ConsistentInstructionCasing,
  CopyIgnoredFile,
  ExposeInvalidFormat,
  ExposeProtoCasing,
  FromAsCasing,
  InvalidDefaultArgInFrom,
  InvalidDefinitionDescription,
  LegacyKeyValueFormat,
  MultipleInstructionsDisallowed,
  NoEmptyContinuation,
  StageNameCasing,
  UndefinedArgInFrom,
  UndefinedVar,
]
