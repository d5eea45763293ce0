import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3057',
    aliases: [],
    severity: 'off',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Falta un HEALTHCHECK', en: 'HEALTHCHECK is missing' },
    what: {
      es: 'Esta etapa no define HEALTHCHECK ni lo hereda de otra etapa.',
      en: 'This stage neither defines a HEALTHCHECK nor inherits one from another stage.',
    },
    why: {
      es: 'Sin HEALTHCHECK, Docker solo sabe si el proceso sigue vivo, no si responde: un servidor colgado aparece como "running" y nadie lo reinicia. Con un HEALTHCHECK el estado pasa a "unhealthy" y los orquestadores pueden actuar. (Kubernetes ignora HEALTHCHECK y usa sus propias sondas, por eso la regla está desactivada por defecto.)',
      en: 'Without a HEALTHCHECK Docker only knows whether the process is alive, not whether it responds: a hung server shows as "running" and nobody restarts it. With a HEALTHCHECK the status becomes "unhealthy" and orchestrators can act. (Kubernetes ignores HEALTHCHECK and uses its own probes, which is why the rule is off by default.)',
    },
    fix: {
      es: 'Añade un `HEALTHCHECK CMD [...]` que compruebe el servicio, o `HEALTHCHECK NONE` si la comprobación se hace en otro sitio.',
      en: 'Add a `HEALTHCHECK CMD [...]` that checks the service, or `HEALTHCHECK NONE` if health is checked elsewhere.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n', lines: [1] }],
      good: [
        { code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s CMD ["wget", "-qO-", "http://localhost/"]\n' },
        { code: 'FROM alpine:3.20\nHEALTHCHECK NONE\n' },
      ],
    },
  },
  check(ctx) {
    const good = new Set<number>()
    for (const stage of ctx.model.stages) {
      const own = stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')
      if (own || (stage.baseStage !== null && good.has(stage.baseStage))) {
        good.add(stage.index)
        continue
      }
      ctx.report(stage.from)
    }
  },
})
