import { parseImageRef } from '@/lib/dockerfile/image-ref'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3007',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'No uses la etiqueta latest', en: 'Do not use the latest tag' },
    what: {
      es: 'Este FROM usa la etiqueta `latest`.',
      en: 'This FROM uses the `latest` tag.',
    },
    why: {
      es: '`latest` no es una versión: es una etiqueta que el autor mueve a cada publicación. Tu build deja de ser reproducible, puede romperse con una versión mayor nueva y no sabes qué hay realmente en la imagen.',
      en: '`latest` is not a version: it is a tag the author moves with every release. Your build stops being reproducible, can break with a new major version, and you cannot tell what is really in the image.',
    },
    fix: {
      es: 'Usa una versión concreta (`debian:12-slim`, `nginx:1.27-alpine`) o fija el digest (`@sha256:…`).',
      en: 'Use an explicit version (`debian:12-slim`, `nginx:1.27-alpine`) or pin the digest (`@sha256:…`).',
    },
    examples: {
      bad: [{ code: 'FROM nginx:latest\nCOPY site/ /usr/share/nginx/html/\n', lines: [1] }],
      good: [
        { code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n' },
        {
          code: 'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\nCMD ["bash"]\n',
          note: { es: 'Con digest la imagen queda fijada aunque la etiqueta diga latest.', en: 'With a digest the image is pinned even though the tag says latest.' },
        },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const ref = parseImageRef(stage.rawImage)
      if (ref.tag !== 'latest' || ref.digest !== null) continue
      ctx.report(stage.from, {
        message: {
          es: `\`${stage.rawImage}\` usa la etiqueta latest: fija una versión concreta de ${ref.name}.`,
          en: `\`${stage.rawImage}\` uses the latest tag: pin an explicit version of ${ref.name}.`,
        },
      })
    }
  },
})
