// Required by @next/mdx in the App Router. Lesson pages pass createMdxComponents(locale) explicitly,
// which overrides these defaults, so labels follow the page's language.
import type { MDXComponents } from 'mdx/types'
import { createMdxComponents } from '@/components/mdx/registry'
import { defaultLocale } from '@/lib/i18n/locales'

const defaults = createMdxComponents(defaultLocale)

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...defaults, ...components }
}
