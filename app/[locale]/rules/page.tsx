import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RuleIndex } from '@/components/rules/rule-index'
import { getDictionary, isLocale } from '@/lib/i18n'
import { allRules } from '@/lib/lint/rules'

type Params = Promise<{ locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { title: getDictionary(locale).rules.indexTitle }
}

export default async function RulesPage({ params }: { params: Params }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <RuleIndex rules={allRules} locale={locale} />
}
