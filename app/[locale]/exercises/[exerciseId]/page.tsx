import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ExerciseHeader } from '@/components/exercise/exercise-header'
import { ExerciseLauncher } from '@/components/exercise/exercise-launcher'
import { exercises } from '@/lessons/exercises'
import { loadWorkbenchData } from '@/lib/content/exercise-data'
import { getDictionary, isLocale, type Locale } from '@/lib/i18n'

type Params = Promise<{ locale: string; exerciseId: string }>

// Only registered exercises exist; workshop agendas link to these URLs, so ids never change.
export const dynamicParams = false

export function generateStaticParams() {
  return exercises.map((exercise) => ({ exerciseId: exercise.id }))
}

function resolve(locale: string, exerciseId: string) {
  if (!isLocale(locale)) notFound()
  const data = loadWorkbenchData(exerciseId, locale as Locale)
  if (!data) notFound()
  return data
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const raw = await params
  const data = resolve(raw.locale, raw.exerciseId)
  return { title: data.title, description: data.statement.replace(/`/g, '') }
}

export default async function ExercisePage({ params }: { params: Params }) {
  const raw = await params
  const data = resolve(raw.locale, raw.exerciseId)
  const t = getDictionary(data.locale).exercises.workbench
  return (
    <div className="mx-auto max-w-7xl space-y-6 px-3 py-8 sm:px-6 sm:py-12" data-exercise-page={data.id}>
      <div className="max-w-3xl">
        <ExerciseHeader data={data} level={1} headingId="exercise-title" context="page" />
      </div>
      <ExerciseLauncher data={data} labels={{ start: t.start, startHint: t.startHint }} autoStart />
    </div>
  )
}
