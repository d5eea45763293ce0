/** The lab's UI strings for a locale (lib/i18n/dictionaries/lab.*.ts). */
import { dictionaries, type Locale } from '@/lib/i18n'
import type { LabDictionary } from '@/lib/i18n/dictionaries/lab.es'

export type { LabDictionary }

export function labStrings(locale: Locale): LabDictionary {
  return dictionaries[locale].lab
}

/** Absolute URL of a rule's reference page (Monaco hovers need absolute links). */
export function ruleHref(locale: Locale, ruleId: string): string {
  return `/${locale}/rules/${encodeURIComponent(ruleId)}/`
}
