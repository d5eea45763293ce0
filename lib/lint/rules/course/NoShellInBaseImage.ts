import { imageHasFile } from '@/lib/images'
import { defineRule } from '../../rule'
import { baseImageOf, chainInstructions, copiedPath, shellAt } from './support/image-facts'

export default defineRule({
  meta: {
    id: 'NoShellInBaseImage',
    aliases: [],
    severity: 'error',
    source: 'stagecraft',
    category: 'correctness',
    title: { es: 'No hay shell en esta imagen', en: 'There is no shell in this image' },
    what: {
      es: 'Esta instrucción necesita /bin/sh, pero la imagen base (scratch o distroless) no tiene shell.',
      en: 'This instruction needs /bin/sh, but the base image (scratch or distroless) has no shell.',
    },
    why: {
      es: 'La forma shell de RUN, CMD y ENTRYPOINT se ejecuta como `/bin/sh -c "…"`. En scratch o distroless no existe /bin/sh: el build falla o el contenedor no arranca. No tener shell es justo lo que las hace seguras.',
      en: 'Shell-form RUN, CMD and ENTRYPOINT run as `/bin/sh -c "…"`. scratch and distroless have no /bin/sh: the build fails or the container does not start. Having no shell is exactly what makes them secure.',
    },
    fix: {
      es: 'Haz el trabajo (RUN) en una etapa de build y copia el resultado; usa la forma exec: `ENTRYPOINT ["/app"]`.',
      en: 'Do the work (RUN) in a build stage and copy the result; use exec form: `ENTRYPOINT ["/app"]`.',
    },
    examples: {
      bad: [{ code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nRUN chmod +x /app\nCMD /app\n', lines: [3, 4] }],
      good: [{ code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --chmod=755 app /app\nENTRYPOINT ["/app"]\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const image = baseImageOf(ctx.model, stage)
      if (image.hasShell) continue
      for (const instr of stage.instructions) {
        const target = ctx.facts.inner(instr)
        const needsShell = (target.keyword === 'RUN' || target.keyword === 'CMD' || target.keyword === 'ENTRYPOINT') && target.json === null && target.argsText.trim() !== ''
        if (!needsShell) continue
        const before = chainInstructions(ctx.model, stage, instr)
        const shell = shellAt(before, image)
        if (imageHasFile(image, shell) || copiedPath(before, shell)) continue
        ctx.report(instr, {
          message: {
            es: `Esta instrucción en forma shell necesita ${shell}, pero ${image.ref} no lo tiene.`,
            en: `This shell-form instruction needs ${shell}, but ${image.ref} does not have it.`,
          },
        })
      }
    }
  },
})
