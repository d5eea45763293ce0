import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CourseMap } from '@/components/course/course-map'
import { ProgressSummary } from '@/components/course/progress-summary'
import { courseLessons } from '@/lessons/course'
import { exercises } from '@/lessons/exercises'
import { getDictionary, isLocale, lessonHref } from '@/lib/i18n'

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getDictionary(locale)
  const first = courseLessons[0]
  const ids = courseLessons.map((lesson) => lesson.id)
  const exerciseIds = exercises.map((exercise) => exercise.id)
  const tp = t.exercises.progress
  return (
    <div className="mx-auto max-w-6xl px-3 py-10 sm:px-6 sm:py-14">
      <div className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t.site.name}</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{t.home.title}</h1>
        <p className="mt-4 text-lg text-muted">{t.home.lead}</p>
        {first && (
          <p className="mt-6">
            <Link
              href={lessonHref(locale, first.id)}
              className="inline-flex min-h-11 items-center rounded-md bg-accent px-5 py-2 font-semibold text-accent-contrast hover:opacity-90"
            >
              {t.home.startCourse}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </p>
        )}
        <ProgressSummary
          lessonIds={ids}
          summaries={ids.map((_, done) => t.home.progressSummary(done, ids.length)).concat(t.home.progressSummary(ids.length, ids.length))}
          storedNote={t.home.progressStored}
          resetLabel={t.home.resetProgress}
          resetConfirm={t.home.resetConfirm}
          exerciseIds={exerciseIds}
          exerciseSummaries={exerciseIds.map((_, n) => tp.exercisesSummary(n, exerciseIds.length)).concat(tp.exercisesSummary(exerciseIds.length, exerciseIds.length))}
          notice={{ recoveredTitle: tp.recoveredTitle, recoveredBody: tp.recoveredBody, downloadBackup: tp.downloadBackup, dismiss: tp.dismiss }}
          transfer={{
            export: tp.export,
            import: tp.import,
            transferHelp: tp.transferHelp,
            exported: tp.exported,
            imported: tp.imported('{lessons}', '{exercises}', '{quizzes}'),
            importErrors: tp.importErrors,
          }}
        />
      </div>
      <section aria-labelledby="course-map" className="mt-14">
        <h2 id="course-map" className="mb-6 text-2xl font-bold tracking-tight">
          {t.home.courseMap}
        </h2>
        <CourseMap locale={locale} />
      </section>
    </div>
  )
}
