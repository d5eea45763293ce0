/** Formatting helpers for explanations (es/en). */
import type { Text } from './types'

/** Decimal units, as `docker images` prints them. */
export function formatBytes(bytes: number): string {
  const b = Math.max(0, bytes)
  if (b < 1000) return `${Math.round(b)} B`
  if (b < 1e6) return `${trim(b / 1e3)} kB`
  if (b < 1e9) return `${trim(b / 1e6)} MB`
  return `${trim(b / 1e9)} GB`
}

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : n >= 10 ? n.toFixed(1).replace(/\.0$/, '') : n.toFixed(2).replace(/0$/, '').replace(/\.0$/, '')
}

export function t(es: string, en: string): Text {
  return { es, en }
}

export function list(items: string[], max = 5): string {
  const shown = items.slice(0, max).join(', ')
  return items.length > max ? `${shown} (+${items.length - max})` : shown
}
