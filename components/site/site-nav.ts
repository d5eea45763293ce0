/**
 * Header navigation entries. Other areas (rules, playground, exercises) add an entry here once
 * their pages exist, so the header never links to a page that is not there.
 */
import type { Dictionary } from '@/lib/i18n'

export interface NavItem {
  /** Path inside the locale, e.g. '' for home or 'playground'. */
  path: string
  label: (t: Dictionary) => string
}

export const siteNav: NavItem[] = [
  { path: '', label: (t) => t.site.nav.course },
  { path: 'exercises', label: (t) => t.exercises.index.title },
  { path: 'rules', label: (t) => t.rules.allRules },
  { path: 'playground', label: (t) => t.lab.playground.title },
  { path: 'workshop', label: (t) => t.workshop.nav },
]
