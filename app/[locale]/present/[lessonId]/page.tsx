// Presenter view of a lesson (/es/present/capas/): large type, one `##` section per screen, keyboard
// navigation, and a live lab the instructor can edit in front of the room.
import type { Metadata } from 'next'
import { Deck, type Slide } from '@/components/present/deck'
import { lessonSlides } from '@/components/present/slides'
import { createMdxComponents } from '@/components/mdx/registry'
import { lessonContent } from '@/lessons/content'
import { courseLessons } from '@/lessons/course'
import { getDictionary, lessonHref } from '@/lib/i18n'
import { lessonStaticParams, resolveLessonRoute } from '../../lesson-route'

type Params = Promise<{ locale: string; lessonId: string }>

export const dynamicParams = false

export function generateStaticParams() {
  return lessonStaticParams()
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = await params
  const { locale, lesson } = resolveLessonRoute(raw.locale, raw.lessonId)
  return { title: getDictionary(locale).workshop.present.title(lesson.meta.title[locale]), description: lesson.meta.summary[locale], robots: { index: false } }
}

export default async function PresentPage({ params }: { params: Params }) {
  const raw = await params
  const { locale, lesson } = resolveLessonRoute(raw.locale, raw.lessonId)
  const t = getDictionary(locale)
  const components = createMdxComponents(locale)
  const { default: Content } = await lessonContent[lesson.id][locale]()
  const sources = lessonSlides(Content, components, locale)
  const { meta } = lesson

  const intro = sources[0]!
  const slides: Slide[] = [
    {
      title: meta.title[locale],
      content: (
        <>
          <p className="present-kicker">
            {t.lesson.position(lesson.number, courseLessons.length)} · {lesson.sectionTitle[locale]}
          </p>
          <p className="present-title">{meta.title[locale]}</p>
          <p className="present-lead">{meta.summary[locale]}</p>
          <p className="font-semibold">{t.lesson.youWillLearn}</p>
          <ul>
            {meta.youWillLearn[locale].map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {intro.nodes}
        </>
      ),
      snippets: intro.snippets,
    },
    ...sources.slice(1).map((s) => ({ title: s.title ?? '', content: <>{s.nodes}</>, snippets: s.snippets })),
  ]

  return <Deck locale={locale} lessonTitle={meta.title[locale]} lessonHref={lessonHref(locale, lesson.id)} slides={slides} />
}
