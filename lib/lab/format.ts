/** Human-readable sizes and changes, the way `docker images` shows them (decimal units). */
import type { Locale } from '@/lib/i18n'

const TAGS: Record<Locale, string> = { es: 'es-ES', en: 'en-US' }
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const

export function formatBytes(bytes: number, locale: Locale): string {
  const b = Math.max(0, Number.isFinite(bytes) ? bytes : 0)
  let unit = 0
  let value = b
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  // 3 significant digits at most: 1.1 GB, 143 MB, 12.4 kB, 950 B.
  const digits = unit === 0 || value >= 100 ? 0 : 1
  const text = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(Number(value.toFixed(digits)))
  return `${text} ${UNITS[unit]}`
}

/** Signed percentage change from `before` to `after`, e.g. "−87 %" (a real minus sign). */
export function formatChange(before: number, after: number, locale: Locale): string {
  if (before <= 0) return after > 0 ? '+∞ %' : '0 %'
  const pct = Math.round(((after - before) / before) * 100)
  const abs = new Intl.NumberFormat(TAGS[locale]).format(Math.abs(pct))
  return `${pct < 0 ? '−' : pct > 0 ? '+' : ''}${abs} %`
}

/** "1.1 GB → 143 MB (−87 %)" */
export function formatComparison(before: number, after: number, locale: Locale): string {
  return `${formatBytes(before, locale)} → ${formatBytes(after, locale)} (${formatChange(before, after, locale)})`
}

export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(Math.max(0, Math.min(1, ratio)))
}
