/** Workshop UI strings for a locale (lib/i18n/dictionaries/workshop.*.ts), for client components. */
import { dictionaries } from '@/lib/i18n'
import type { WorkshopDictionary } from '@/lib/i18n/dictionaries/workshop.es'
import type { Locale } from '@/lib/i18n/locales'

export type { WorkshopDictionary }

export function workshopStrings(locale: Locale): WorkshopDictionary {
  return dictionaries[locale].workshop
}
