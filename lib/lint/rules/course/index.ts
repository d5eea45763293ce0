/** Registry of the rules in this folder. A test keeps it in sync with the files. */
import type { Rule } from '../../rule'
import CleanupInSeparateLayer from './CleanupInSeparateLayer'
import CopyAllBeforeDependencyInstall from './CopyAllBeforeDependencyInstall'
import MissingDockerignore from './MissingDockerignore'
import SecretInImage from './SecretInImage'

export const courseRules: readonly Rule[] = [CleanupInSeparateLayer, CopyAllBeforeDependencyInstall, MissingDockerignore, SecretInImage]
