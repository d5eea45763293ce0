import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RuleDoc } from '@/components/rules/rule-doc'
import { isLocale, type Locale } from '@/lib/i18n'
import { allRules } from '@/lib/lint/rules'

type Params = Promise<{ locale: string; ruleId: string }>

// One page per registered rule; any other id is the static 404 page.
export const dynamicParams = false

export function generateStaticParams() {
  return allRules.map((rule) => ({ ruleId: rule.meta.id }))
}

function resolve(locale: string, ruleId: string) {
  const rule = allRules.find((r) => r.meta.id === ruleId)
  if (!isLocale(locale) || !rule) notFound()
  return { locale: locale as Locale, rule }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = await params
  const { locale, rule } = resolve(raw.locale, raw.ruleId)
  return { title: `${rule.meta.id}: ${rule.meta.title[locale]}`, description: rule.meta.what[locale] }
}

export default async function RulePage({ params }: { params: Params }) {
  const raw = await params
  const { locale, rule } = resolve(raw.locale, raw.ruleId)
  return <RuleDoc rule={rule} locale={locale} />
}
