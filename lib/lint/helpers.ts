/** Small predicates shared by several rules. */

/** The archive extensions hadolint treats as auto-extractable (DL3010/DL3020); `.zip` is not one. */
export const ARCHIVE_EXTENSIONS = ['.tar', '.gz', '.bz2', '.xz', '.tgz', '.Z', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tlz', '.tpz', '.txz']

export function hasArchiveExtension(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return ARCHIVE_EXTENSIONS.some((ext) => base.endsWith(ext))
}

export function stripQuotes(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) return s.slice(1, -1)
  return s
}
