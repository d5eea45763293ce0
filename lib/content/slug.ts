/** Stable, ASCII heading ids: the same text always gives the same id, in both languages' pages. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // drop accents: "tamaño" → "tamano"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
