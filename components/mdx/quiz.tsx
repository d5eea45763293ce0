'use client'
/**
 * A short multiple-choice quiz at the end of a lesson. Answers are checked in the browser and kept
 * locally (quiz-store) so a returning learner sees what they answered.
 */
import { useId, useState, useSyncExternalStore } from 'react'
import { getQuizAnswers, saveQuizAnswers, subscribeQuiz } from '@/components/course/quiz-store'

export interface QuizQuestion {
  question: string
  options: string[]
  /** Index of the right option. */
  answer: number
  /** Why the right option is right (and the others are not). */
  explanation: string
}

export interface QuizLabels {
  title: string
  check: string
  retry: string
  correct: string
  incorrect: string
  /** With `{option}`; plain strings because labels cross into this client component. */
  answer: string
  /** With `{right}` and `{total}`. */
  score: string
  chooseOne: string
}

export interface QuizProps {
  /** Stable id, used to remember answers (e.g. `capas`). */
  id: string
  questions: QuizQuestion[]
  labels: QuizLabels
}

export function Quiz({ id, questions, labels }: QuizProps) {
  const baseId = useId()
  const saved = useSyncExternalStore(subscribeQuiz, () => getQuizAnswers(id), () => null)
  const [draft, setDraft] = useState<Array<number | null> | null>(null)
  const choices = draft ?? saved ?? questions.map(() => null)
  const submitted = draft === null && saved !== null
  const complete = choices.every((c) => c !== null)
  const right = choices.filter((c, i) => c === questions[i]?.answer).length

  return (
    <section className="quiz not-prose my-10 rounded-lg border border-line bg-surface p-4 sm:p-6" aria-labelledby={`${baseId}-title`} data-quiz={id}>
      <h2 id={`${baseId}-title`} className="text-xl font-semibold">{labels.title}</h2>
      <form
        className="mt-4 space-y-6"
        onSubmit={(e) => {
          e.preventDefault()
          if (!complete) return
          saveQuizAnswers(id, choices as number[])
          setDraft(null)
        }}
      >
        {questions.map((q, qi) => {
          const chosen = choices[qi]
          const isRight = chosen === q.answer
          return (
            <fieldset key={q.question} className="space-y-2" data-question={qi}>
              <legend className="font-medium">{qi + 1}. {q.question}</legend>
              {q.options.map((option, oi) => (
                <label key={option} className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1 hover:bg-background">
                  <input
                    type="radio"
                    name={`${baseId}-q${qi}`}
                    value={oi}
                    checked={chosen === oi}
                    disabled={submitted}
                    onChange={() => setDraft(choices.map((c, i) => (i === qi ? oi : c)))}
                    className="mt-1"
                  />
                  <span>{option}</span>
                </label>
              ))}
              {submitted && (
                <div role="status" className={`rounded-md border-l-4 p-3 text-sm ${isRight ? 'border-green-700 dark:border-green-400' : 'border-red-600 dark:border-red-400'}`}>
                  <p className="font-semibold">
                    <span aria-hidden="true">{isRight ? '✓ ' : '✗ '}</span>
                    {isRight ? labels.correct : labels.incorrect}
                  </p>
                  {!isRight && <p>{labels.answer.replace('{option}', q.options[q.answer] ?? '')}</p>}
                  <p className="mt-1">{q.explanation}</p>
                </div>
              )}
            </fieldset>
          )
        })}
        <div aria-live="polite" className="text-sm font-medium">{submitted ? labels.score.replace('{right}', String(right)).replace('{total}', String(questions.length)) : ''}</div>
        {submitted ? (
          <button type="button" className="rounded-md border border-line px-3 py-1.5 font-medium" onClick={() => setDraft(questions.map(() => null))}>
            {labels.retry}
          </button>
        ) : (
          <div className="flex items-center gap-3">
            <button type="submit" disabled={!complete} className="rounded-md bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
              {labels.check}
            </button>
            {!complete && <span className="text-sm text-muted">{labels.chooseOne}</span>}
          </div>
        )}
      </form>
    </section>
  )
}
