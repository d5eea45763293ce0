/** A rule's names in each tool, for rule pages and reports. */
import { BUILDKIT_CHECK_NAMES } from './buildkit-names'
import type { RuleMeta } from './rule'

export interface Equivalents {
  hadolint: string | null
  buildkit: string | null
  dockerfileUtils: string | null
}

export function equivalentsOf(meta: RuleMeta): Equivalents {
  const names = [meta.id, ...meta.aliases]
  return {
    hadolint: names.find((n) => /^DL\d{4}$/.test(n)) ?? null,
    buildkit: names.find((n) => BUILDKIT_CHECK_NAMES.has(n)) ?? null,
    dockerfileUtils: meta.dockerfileUtils ?? null,
  }
}
