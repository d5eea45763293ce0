import { copyDestination, copySources } from '@/lib/dockerfile/parse'
import { defineRule } from '../../rule'
import { stripQuotes } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3067',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'No copies un sistema de archivos entero de otra etapa', en: 'Do not copy a whole filesystem from another stage' },
    what: {
      es: 'Este COPY --from copia la raíz `/` de otra etapa sobre la raíz `/` de esta.',
      en: 'This COPY --from copies the root `/` of another stage over the root `/` of this one.',
    },
    why: {
      es: 'Copiar `/` entero arrastra compiladores, cachés de paquetes y archivos temporales de la otra etapa, y anula la razón de usar varias etapas: una imagen final pequeña que solo contiene lo necesario. Además pisa archivos del sistema de la imagen final.',
      en: 'Copying all of `/` drags compilers, package caches and temporary files from the other stage along, and defeats the point of multi-stage builds: a small final image with only what it needs. It also overwrites system files of the final image.',
    },
    fix: {
      es: 'Copia solo lo que produce la etapa: el binario, la carpeta de salida (`/out`, `dist/`) o los archivos concretos que necesitas.',
      en: 'Copy only what the stage produces: the binary, the output folder (`/out`, `dist/`) or the exact files you need.',
    },
    examples: {
      bad: [{ code: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build / /\n', lines: [7] }],
      good: [{ code: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /usr/local/bin/app\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('COPY')) {
      const from = instr.flags.find((f) => f.name.toLowerCase() === 'from')
      if (!from) continue
      if (stripQuotes(copyDestination(instr)) !== '/') continue
      if (!copySources(instr).some((s) => stripQuotes(s) === '/')) continue
      ctx.report(instr, {
        message: {
          es: `Copia todo el sistema de archivos de \`${from.value ?? ''}\`: copia solo los archivos que produce.`,
          en: `It copies the whole filesystem of \`${from.value ?? ''}\`: copy only the files it produces.`,
        },
      })
    }
  },
})
