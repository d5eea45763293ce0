import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3003',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Usa WORKDIR en lugar de cd', en: 'Use WORKDIR instead of cd' },
    what: {
      es: 'Este RUN cambia de carpeta con `cd`.',
      en: 'This RUN changes directory with `cd`.',
    },
    why: {
      es: 'El `cd` solo dura hasta el final de ese RUN: el siguiente vuelve a empezar en el WORKDIR, lo que confunde y provoca errores de rutas. WORKDIR deja claro dónde se ejecuta cada paso y también afecta a COPY, CMD y ENTRYPOINT.',
      en: 'A `cd` only lasts until the end of that RUN: the next one starts again in the WORKDIR, which is confusing and causes path mistakes. WORKDIR makes it clear where each step runs, and it also applies to COPY, CMD and ENTRYPOINT.',
    },
    fix: {
      es: 'Pon `WORKDIR /ruta` antes del RUN y quita el `cd`. Para una sola orden en otra carpeta, muchas herramientas aceptan una opción (`make -C dir`, `git -C dir`, `tar -C dir`).',
      en: 'Put `WORKDIR /path` before the RUN and drop the `cd`. For a single command in another folder, many tools take an option (`make -C dir`, `git -C dir`, `tar -C dir`).',
    },
    examples: {
      bad: [{ code: 'FROM gcc:14\nCOPY . /src\nRUN cd /src && make\n', lines: [3] }],
      good: [{ code: 'FROM gcc:14\nWORKDIR /src\nCOPY . .\nRUN make\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(false), (run) => {
      if (ctx.facts.commands(run).some((c) => c.name === 'cd')) ctx.report(run)
    })
  },
})
