/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import BuildToolsInFinalImage from './BuildToolsInFinalImage'
import CleanupInSeparateLayer from './CleanupInSeparateLayer'
import CommandNotFoundInImage from './CommandNotFoundInImage'
import CopyAllBeforeDependencyInstall from './CopyAllBeforeDependencyInstall'
import FinalStageRunsAsRoot from './FinalStageRunsAsRoot'
import MissingDockerignore from './MissingDockerignore'
import NoShellInBaseImage from './NoShellInBaseImage'
import SecretInImage from './SecretInImage'
import UserNotFound from './UserNotFound'

export const courseRules: readonly Rule[] = [
  BuildToolsInFinalImage, CleanupInSeparateLayer, CommandNotFoundInImage, CopyAllBeforeDependencyInstall, FinalStageRunsAsRoot,
  MissingDockerignore, NoShellInBaseImage, SecretInImage, UserNotFound,
]
