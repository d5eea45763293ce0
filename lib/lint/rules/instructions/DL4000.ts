import { defineRule } from '../../rule'

/** A LABEL value in double quotes; `$` is escaped because LABEL expands variables and MAINTAINER did not. */
function quoteLabelValue(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`
}

export default defineRule({
  meta: {
    id: 'DL4000',
    aliases: ['MaintainerDeprecated'],
    severity: 'error',
    source: 'hadolint',
    category: 'maintainability',
    dockerfileUtils: 'DEPRECATED_MAINTAINER',
    title: { es: 'MAINTAINER está obsoleto', en: 'MAINTAINER is deprecated' },
    what: {
      es: 'Este Dockerfile usa MAINTAINER, una instrucción obsoleta.',
      en: 'This Dockerfile uses MAINTAINER, a deprecated instruction.',
    },
    why: {
      es: 'MAINTAINER está obsoleto desde Docker 1.13 y solo rellena un campo antiguo de la imagen que las herramientas actuales ya no leen. Las etiquetas (LABEL) son el mecanismo estándar: se pueden consultar con `docker inspect` y siguen las convenciones de OCI.',
      en: 'MAINTAINER has been deprecated since Docker 1.13 and only fills an old image field that current tools no longer read. Labels (LABEL) are the standard mechanism: you can query them with `docker inspect` and they follow the OCI conventions.',
    },
    fix: {
      es: 'Sustitúyelo por `LABEL org.opencontainers.image.authors="tu@correo"`.',
      en: 'Replace it with `LABEL org.opencontainers.image.authors="you@example.com"`.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nMAINTAINER Ana García <ana@example.com>\nCOPY app /usr/local/bin/app\n', lines: [2] }],
      good: [{ code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana García <ana@example.com>"\nCOPY app /usr/local/bin/app\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('MAINTAINER')) {
      const author = instr.argsText.trim()
      const keyword = instr.rawKeyword === instr.rawKeyword.toLowerCase() ? 'label' : 'LABEL'
      ctx.report(instr, {
        fix: author
          ? {
            title: { es: 'Cambiar por LABEL org.opencontainers.image.authors', en: 'Replace with LABEL org.opencontainers.image.authors' },
            edits: [{ range: instr.range, newText: `${keyword} org.opencontainers.image.authors=${quoteLabelValue(author)}` }],
          }
          : null,
      })
    }
  },
})
