import { getDictionary, type Locale } from '@/lib/i18n'
import { FollowSystemTheme } from './theme-toggle'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-3 py-6 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>{t.site.footerNote}</p>
        <FollowSystemTheme label={t.site.themeFollowSystem} />
      </div>
    </footer>
  )
}
