import { reportLaterDuplicatesInStage } from '../../helpers'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3012',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'MULTIPLE_INSTRUCTIONS',
    title: { es: 'Solo un HEALTHCHECK por etapa', en: 'Only one HEALTHCHECK per stage' },
    what: {
      es: 'Esta etapa ya tiene un HEALTHCHECK antes que este.',
      en: 'This stage already has a HEALTHCHECK before this one.',
    },
    why: {
      es: 'Docker solo guarda el último HEALTHCHECK de la etapa; los anteriores se descartan sin avisar. Si pensabas comprobar varias cosas, en realidad solo se comprueba una.',
      en: 'Docker only keeps the last HEALTHCHECK of the stage; the earlier ones are silently discarded. If you meant to check several things, only one is actually checked.',
    },
    fix: {
      es: 'Deja un único HEALTHCHECK. Para comprobar varias cosas, combínalas en un solo comando o en un script.',
      en: 'Keep a single HEALTHCHECK. To check several things, combine them into one command or a script.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nHEALTHCHECK CMD ["wget", "-qO-", "http://localhost/"]\nHEALTHCHECK CMD ["wget", "-qO-", "http://localhost/status"]\n', lines: [3] }],
      good: [{ code: 'FROM nginx:1.27-alpine\nHEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-qO-", "http://localhost/"]\n' }],
    },
  },
  check(ctx) {
    reportLaterDuplicatesInStage(ctx, 'HEALTHCHECK')
  },
})
