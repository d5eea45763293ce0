import { copyDestination, copySources } from '@/lib/dockerfile/parse'
import type { Instruction } from '@/lib/dockerfile/types'
import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { ARCHIVE_EXTENSIONS } from '../../helpers'

const EXTRACTORS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat'])

/** Basename for both POSIX and Windows paths. */
function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

const isArchive = (name: string) => ARCHIVE_EXTENSIONS.some((ext) => name.endsWith(ext))

function extracts(cmd: ShellCommand): boolean {
  if (EXTRACTORS.has(cmd.name)) return true
  return cmd.name === 'tar' && cmd.args.some((a) => (a.startsWith('-') && a.includes('x')) || a === '--get')
}

export default defineRule({
  meta: {
    id: 'DL3010',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Usa ADD para descomprimir archivos locales', en: 'Use ADD to extract local archives' },
    what: {
      es: 'Este COPY copia un archivo comprimido que luego se descomprime en un RUN.',
      en: 'This COPY copies an archive that a later RUN extracts.',
    },
    why: {
      es: 'El archivo comprimido se queda para siempre en la capa del COPY, aunque el RUN lo borre después: la imagen carga con el archivo y con su contenido. ADD descomprime los .tar locales directamente al copiarlos, en una sola capa.',
      en: 'The archive stays forever in the COPY layer, even if the RUN deletes it afterwards: the image carries both the archive and its contents. ADD extracts local .tar archives directly while copying, in a single layer.',
    },
    fix: {
      es: 'Cambia `COPY archivo.tar.gz /tmp/` + `RUN tar -x…` por `ADD archivo.tar.gz /destino/`. Para zip o si necesitas el RUN, móntalo con `RUN --mount=type=bind,source=archivo.zip,target=/tmp/archivo.zip` para que no quede en ninguna capa.',
      en: 'Replace `COPY archive.tar.gz /tmp/` + `RUN tar -x…` with `ADD archive.tar.gz /destination/`. For zip files, or if you need the RUN, bind-mount it with `RUN --mount=type=bind,source=archive.zip,target=/tmp/archive.zip` so it lands in no layer.',
    },
    examples: {
      bad: [{
        code: 'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
        lines: [2],
      }],
      good: [{ code: 'FROM debian:12-slim\nADD app.tar.gz /opt/\n' }],
    },
  },
  check(ctx) {
    /** Archive basenames copied so far in the current stage → the COPY that brought them. */
    let copied = new Map<string, Instruction>()
    const reported = new Set<Instruction>()
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'FROM') {
        copied = new Map()
      } else if (instr.keyword === 'COPY') {
        if (instr.flags.some((f) => f.name.toLowerCase() === 'from')) continue
        const names = copySources(instr).map(basename).filter(isArchive)
        const dest = basename(copyDestination(instr))
        if (isArchive(dest)) names.push(dest)
        for (const name of names) copied.set(name, instr)
      } else if (instr.keyword === 'RUN' && copied.size > 0) {
        for (const cmd of ctx.facts.commands(instr)) {
          if (!extracts(cmd)) continue
          for (const arg of cmd.args) {
            const copy = copied.get(basename(arg))
            if (!copy || reported.has(copy)) continue
            reported.add(copy)
            ctx.report(copy, {
              message: {
                es: `Este COPY copia ${basename(arg)} y un RUN posterior lo descomprime: usa ADD para hacerlo en una sola capa.`,
                en: `This COPY copies ${basename(arg)} and a later RUN extracts it: use ADD to do it in a single layer.`,
              },
            })
          }
        }
      }
    }
  },
})
