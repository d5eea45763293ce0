import { globalArgValues } from '@/lib/dockerfile/parse'
import { isValidImageRef } from '@/lib/dockerfile/image-ref'
import { expandVariables } from '@/lib/dockerfile/vars'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'InvalidDefaultArgInFrom',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    dockerfileUtils: 'INVALID_REFERENCE_FORMAT',
    title: { es: 'Da a los ARG de FROM un valor por defecto válido', en: 'Give the ARGs used by FROM a valid default' },
    what: {
      es: 'Con los valores por defecto de los ARG globales, la imagen de este FROM queda vacía o no es una referencia válida.',
      en: 'With the default values of the global ARGs, this FROM image is empty or not a valid reference.',
    },
    why: {
      es: 'Si alguien construye sin `--build-arg`, Docker usa los valores por defecto: `ARG TAG` sin valor convierte `busybox:${TAG}` en `busybox:`, que no es una imagen válida, y el build falla. Un Dockerfile debería construir tal cual, sin argumentos obligatorios escondidos.',
      en: 'When someone builds without `--build-arg`, Docker uses the defaults: `ARG TAG` with no value turns `busybox:${TAG}` into `busybox:`, which is not a valid image, and the build fails. A Dockerfile should build as is, without hidden mandatory arguments.',
    },
    fix: {
      es: 'Da un valor por defecto al ARG global (`ARG TAG=1.36`) o usa un valor por defecto en la propia referencia (`${TAG:-1.36}`).',
      en: 'Give the global ARG a default (`ARG TAG=1.36`) or use a default inside the reference (`${TAG:-1.36}`).',
    },
    examples: {
      bad: [{ code: 'ARG TAG\nFROM busybox:${TAG}\nCMD ["busybox", "--help"]\n', lines: [2] }],
      good: [
        { code: 'ARG TAG=1.36\nFROM busybox:${TAG}\nCMD ["busybox", "--help"]\n' },
        {
          code: 'ARG VARIANT\nFROM busybox:stable${VARIANT}\nCMD ["busybox", "--help"]\n',
          note: { es: 'Con VARIANT vacío queda `busybox:stable`, que es válido.', en: 'With an empty VARIANT it is `busybox:stable`, which is valid.' },
        },
      ],
    },
  },
  check(ctx) {
    // Defaults only, as BuildKit evaluates it: no --build-arg values.
    const defaults = globalArgValues(ctx.model.globalArgs)
    for (const stage of ctx.model.stages) {
      const raw = stage.rawImage
      if (!raw) continue
      const result = expandVariables(raw, (n) => defaults.get(n), ctx.model.escape).value
      if (isValidImageRef(result)) continue
      const detail = result === ''
        ? { es: 'queda vacía', en: 'it is empty' }
        : { es: `queda '${result}'`, en: `it becomes '${result}'` }
      ctx.report(stage.from, {
        message: {
          es: `Con los valores por defecto de los ARG, la imagen base ${raw} no es válida: ${detail.es}.`,
          en: `Default value for ARG ${raw} results in empty or invalid base image name: ${detail.en}.`,
        },
      })
    }
  },
})
