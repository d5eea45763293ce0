/**
 * File ownership and permission bits, as `COPY --chown/--chmod` and `chown`/`chmod` leave them.
 * An entry without `owner` is root's (root:root); without `mode` it has the usual 0644 (files) or
 * 0755 (directories). Only what a "can this user read it?" question needs is modelled.
 */
import type { FsEntry } from './types'

export const DEFAULT_FILE_MODE = 0o644
export const DEFAULT_DIR_MODE = 0o755

/** `user[:group]` of an entry, with root as the default. */
export function ownerOf(entry: Pick<FsEntry, 'owner'>): { user: string; group: string } {
  const [user = 'root', group] = (entry.owner ?? 'root:root').split(':')
  return { user: user || 'root', group: group || user || 'root' }
}

/**
 * The owner after `COPY --chown=<spec>` (a user alone also names the group with the same id, as
 * BuildKit does) or `chown <spec>` (`user` keeps the group, `user:` takes the user's group, `:group`
 * keeps the user).
 */
export function applyChown(previous: string | undefined, spec: string, copy: boolean): string {
  const old = ownerOf({ owner: previous })
  const colon = spec.indexOf(':')
  if (colon === -1) return `${spec}:${copy ? spec : old.group}`
  const user = spec.slice(0, colon) || old.user
  const group = spec.slice(colon + 1) || (spec.slice(0, colon) ? spec.slice(0, colon) : old.group)
  return `${user}:${group}`
}

/** The mode after `chmod <spec>` (octal, or symbolic clauses like `u+x,go-rwx` or `a=rX`); null if unreadable. */
export function applyChmod(previous: number | undefined, spec: string, isDir: boolean): number | null {
  const start = previous ?? (isDir ? DEFAULT_DIR_MODE : DEFAULT_FILE_MODE)
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8) & 0o7777
  let mode = start
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause)
    if (!m) return null
    const who = m[1] || 'a'
    const op = m[2]!
    const perms = m[3]!
    let bits = 0
    if (perms.includes('r')) bits |= 0o4
    if (perms.includes('w')) bits |= 0o2
    if (perms.includes('x') || (perms.includes('X') && (isDir || (mode & 0o111) !== 0))) bits |= 0o1
    let mask = 0
    let set = 0
    for (const w of who.includes('a') ? 'ugo' : who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0
      mask |= 0o7 << shift
      set |= bits << shift
    }
    if (op === '+') mode |= set
    else if (op === '-') mode &= ~set
    else mode = (mode & ~mask) | set
  }
  return mode & 0o7777
}

export interface Who {
  /** The user's names: its login and its numeric uid (`['app', '10001']`). */
  aliases: string[]
  /** The user's groups, by name and gid. */
  groups: string[]
  root: boolean
}

/** True when `who` has the permission (4 read, 2 write, 1 execute/search) on the entry. Root always does. */
export function permits(entry: Pick<FsEntry, 'owner' | 'mode' | 'kind'>, who: Who, bit: 4 | 2 | 1): boolean {
  if (who.root) return true
  const mode = entry.mode ?? (entry.kind === 'file' ? DEFAULT_FILE_MODE : DEFAULT_DIR_MODE)
  const owner = ownerOf(entry)
  if (who.aliases.includes(owner.user)) return ((mode >> 6) & bit) !== 0
  if (who.groups.includes(owner.group)) return ((mode >> 3) & bit) !== 0
  return (mode & bit) !== 0
}
