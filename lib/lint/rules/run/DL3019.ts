import { defineRule } from '../../rule'
import { cmdHasArgs, insertAfterSubcommand } from '../../helpers'
import { hasAnyFlag } from '../../facts'

export default defineRule({
  meta: {
    id: 'DL3019',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Usa apk add --no-cache', en: 'Use apk add --no-cache' },
    what: {
      es: 'apk add se ejecuta sin `--no-cache`, así que guarda el índice de paquetes en /var/cache/apk.',
      en: 'apk add runs without `--no-cache`, so it keeps the package index in /var/cache/apk.',
    },
    why: {
      es: 'El índice descargado solo sirve durante la instalación, pero se queda en la capa y suma tamaño a la imagen. Con `--no-cache`, apk lo usa y no lo guarda, sin tener que hacer `apk update` ni borrar nada después.',
      en: 'The downloaded index is only useful during the install, yet it stays in the layer and adds to the image size. With `--no-cache`, apk uses it without storing it, with no `apk update` beforehand and nothing to delete afterwards.',
    },
    fix: {
      es: 'Añade `--no-cache` a apk add, o monta una caché de BuildKit en /var/cache/apk.',
      en: 'Add `--no-cache` to apk add, or mount a BuildKit cache on /var/cache/apk.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r2\n', lines: [2] }],
      good: [
        { code: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' },
        { code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r2\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.hasCacheMount(run, '/var/cache/apk')) return
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) => cmdHasArgs(c, 'apk', ['add']) && !hasAnyFlag(c, 'no-cache'))
      if (offending.length === 0) return
      const edits = insertAfterSubcommand(ctx.model, run, commands, offending, 'add', ' --no-cache')
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Añadir --no-cache', en: 'Add --no-cache' }, edits } : null,
      })
    })
  },
})
