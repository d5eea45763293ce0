import { copyDestination } from '@/lib/dockerfile/parse'
import { commandExists, resolvePath, simulateModel } from '@/lib/simulate/queries'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'CommandNotFoundInImage',
    aliases: [],
    severity: 'error',
    source: 'stagecraft',
    category: 'correctness',
    title: { es: 'El programa de arranque no existe en la imagen', en: 'The start program does not exist in the image' },
    what: {
      es: 'ENTRYPOINT o CMD arranca una ruta que nada copió ni creó y que la imagen base no tiene.',
      en: 'ENTRYPOINT or CMD starts a path that nothing copied or created and the base image does not have.',
    },
    why: {
      es: 'El build termina bien, pero el contenedor falla al arrancar con «no such file or directory». Suele pasar al copiar el binario a otra ruta (`/app/server` frente a `/server`) o al cambiar de etapa final.',
      en: 'The build succeeds, but the container fails to start with "no such file or directory". It usually happens when the binary is copied to another path (`/app/server` vs `/server`) or the final stage changes.',
    },
    fix: {
      es: 'Haz que la ruta de ENTRYPOINT/CMD coincida con el destino del COPY (o COPY --from) que pone el programa en la imagen final.',
      en: 'Make the ENTRYPOINT/CMD path match the destination of the COPY (or COPY --from) that puts the program in the final image.',
    },
    examples: {
      bad: [{
        code: 'FROM golang:1.22-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /app/server\nENTRYPOINT ["/server"]\n',
        lines: [8],
      }],
      good: [{
        code: 'FROM golang:1.22-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /app/server\nENTRYPOINT ["/app/server"]\n',
      }],
    },
  },
  check(ctx) {
    const stage = ctx.model.stages[ctx.model.stages.length - 1]
    if (!stage) return
    // The instruction that supplies argv[0]: the last ENTRYPOINT, else the last CMD, of the final stage.
    const last = (keyword: string) => [...stage.instructions].reverse().find((i) => i.keyword === keyword)
    const start = last('ENTRYPOINT') ?? last('CMD')
    const program = start?.json?.[0]
    // Only exec form naming a path: a bare name is looked up on PATH at run time, which the rule leaves alone.
    if (!start || !program || !program.includes('/') || program.includes('$')) return
    // Fast path, so correct files never pay for a simulation: a COPY/ADD of the stage that writes the
    // path (or the folder holding it) settles the question.
    const writes = stage.instructions.some((i) => {
      if (i.keyword !== 'COPY' && i.keyword !== 'ADD') return false
      const dest = copyDestination(i).replace(/\/+$/, '')
      return dest !== '' && (program === dest || program.startsWith(`${dest}/`) || program.endsWith(`/${dest.replace(/^\.\//, '')}`))
    })
    if (writes) return
    const result = simulateModel(ctx.model)
    const final = result.stages[stage.index]
    if (!final || result.target !== stage.index || commandExists(result, program, stage.index)) return
    // A folder some step wrote into (an extracted archive, a copied directory) may hold files the
    // estimate cannot list: stay silent rather than guess.
    const abs = resolvePath(final, program)
    for (let dir = abs.slice(0, abs.lastIndexOf('/')); dir; dir = dir.slice(0, dir.lastIndexOf('/'))) {
      for (const entry of final.fs.values()) {
        if (!entry.tags.includes('base') && (entry.path.startsWith(`${dir}/`) || (entry.path === dir && entry.bytes > 0))) return
      }
    }
    ctx.report(start, {
      message: {
        es: `«${program}» no existe en la imagen final: ningún paso lo copia ni lo crea, y la imagen base no lo trae.`,
        en: `"${program}" does not exist in the final image: no step copies or creates it, and the base image does not ship it.`,
      },
    })
  },
})
