import { parseImageRef } from '@/lib/dockerfile/image-ref'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3006',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Pon siempre una etiqueta a la imagen base', en: 'Always tag the base image' },
    what: {
      es: 'La imagen base de este FROM no tiene etiqueta ni digest, así que Docker usará `latest`.',
      en: 'The base image of this FROM has no tag or digest, so Docker will use `latest`.',
    },
    why: {
      es: 'Sin etiqueta obtienes `latest`, que cambia cuando el proyecto publica una versión nueva: el mismo Dockerfile construye imágenes distintas de un día para otro, una actualización mayor puede romper la build sin avisar y la caché de capas se invalida sin que hayas tocado nada.',
      en: 'Without a tag you get `latest`, which moves whenever the project publishes a new version: the same Dockerfile builds different images from one day to the next, a major upgrade can break the build without warning, and the layer cache is invalidated without you changing anything.',
    },
    fix: {
      es: 'Añade una etiqueta concreta, idealmente una variante pequeña (`node:20-alpine`, `python:3.12-slim`), o fija la imagen por digest (`@sha256:…`).',
      en: 'Add an explicit tag, ideally a small variant (`node:20-alpine`, `python:3.12-slim`), or pin the image by digest (`@sha256:…`).',
    },
    examples: {
      bad: [{ code: 'FROM node AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n', lines: [1] }],
      good: [
        { code: 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM build AS test\nRUN npm test\n' },
        { code: 'ARG BASE_IMAGE=debian:12-slim\nFROM ${BASE_IMAGE}\nCMD ["bash"]\n' },
        { code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n' },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const raw = stage.rawImage
      if (!raw) continue
      const ref = parseImageRef(raw)
      if (ref.tag !== null || ref.digest !== null) continue
      if (ref.name === 'scratch' || ref.name.startsWith('$')) continue
      const lower = raw.toLowerCase()
      if (ctx.model.stages.some((s) => s.index < stage.index && s.name === lower)) continue
      ctx.report(stage.from, {
        message: {
          es: `La imagen \`${raw}\` no tiene etiqueta: Docker usará \`${raw}:latest\`, que cambia con cada versión nueva.`,
          en: `The image \`${raw}\` has no tag: Docker will use \`${raw}:latest\`, which changes with every new release.`,
        },
      })
    }
  },
})
