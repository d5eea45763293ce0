import { copySources } from '@/lib/dockerfile/parse'
import { defineCheck, fail } from '@/lib/grade/checks'
import { finalStage } from '@/lib/simulate/queries'
import type { GradeEnv } from '@/lib/grade/types'
import { hasArchiveExtension } from '@/lib/lint/helpers'
import type { FsEntry } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

const isRemote = (s: string) => /^https?:\/\//i.test(s) || /^git@|\.git(#.*)?$/.test(s)

/** What the starter's COPY/ADD instructions put in its final image: files, and directories unpacked from archives. */
function starterPlacements(env: GradeEnv): { files: FsEntry[]; unpacked: FsEntry[] } {
  const stage = finalStage(env.starterBuild())
  const files: FsEntry[] = []
  const unpacked: FsEntry[] = []
  if (!stage) return { files, unpacked }
  for (const layer of stage.layers) {
    if (layer.keyword !== 'COPY' && layer.keyword !== 'ADD') continue
    for (const e of layer.adds) {
      if (stage.fs.get(e.path) !== e) continue
      if (e.kind === 'file') files.push(e)
      else if (e.kind === 'dir' && e.bytes > 0) unpacked.push(e)
    }
  }
  return { files, unpacked }
}

export default defineExercise({
  id: 'copy-not-add',
  lesson: 'instrucciones',
  title: { es: 'COPY para archivos, ADD solo para desempaquetar', en: 'COPY for files, ADD only to unpack' },
  statement: {
    es: 'Este servicio en Flask usa `ADD` para todo: para `requirements.txt`, para el código, para la carpeta `templates/` y para un archivo tar con los datos geográficos. `ADD` hace cosas implícitas (desempaqueta archivos tar, descarga URLs), así que para archivos y carpetas normales lo correcto es `COPY`. Cambia lo que haga falta para que ningún `ADD` copie archivos locales normales y para que todo siga acabando donde estaba, también el contenido del tar en `/srv/geo`.',
    en: 'This Flask service uses `ADD` for everything: for `requirements.txt`, for the code, for the `templates/` folder and for a tar archive with the geo data. `ADD` does implicit things (it unpacks tar files and downloads URLs), so plain files and folders should use `COPY`. Change what is needed so that no `ADD` copies plain local files and everything still ends up where it was, including the tar\'s contents in `/srv/geo`.',
  },
  hints: [
    {
      es: 'Para archivos y carpetas, `COPY` hace exactamente lo mismo que `ADD`, sin sorpresas.',
      en: 'For files and folders, `COPY` does exactly what `ADD` does, with no surprises.',
    },
    {
      es: 'Cuidado con el tar: `COPY` no lo desempaqueta. Puedes dejar ese `ADD` (es su uso legítimo) o copiarlo y extraerlo con `tar` en un único `RUN`.',
      en: 'Careful with the tar: `COPY` does not unpack it. You can keep that `ADD` (it is its legitimate use) or copy it and extract it with `tar` in a single `RUN`.',
    },
    {
      es: 'Cambia `ADD requirements.txt .`, `ADD app.py gunicorn.conf.py ./` y `ADD templates ./templates` por `COPY`, y deja `ADD data/geo-2024.11.tar /srv/geo/` como está.',
      en: 'Change `ADD requirements.txt .`, `ADD app.py gunicorn.conf.py ./` and `ADD templates ./templates` to `COPY`, and keep `ADD data/geo-2024.11.tar /srv/geo/` as it is.',
    },
  ],
  concepts: ['DL3020', 'DL3010'],
  checks: [
    defineCheck('no-add-for-local-files', { es: 'Ningún ADD copia archivos o carpetas locales normales', en: 'No ADD copies plain local files or folders' }, (env) => {
      for (const stage of env.build().stages) {
        if (!stage.built) continue
        for (const si of stage.instructions) {
          if (si.keyword !== 'ADD') continue
          const sources = [...copySources(si.instruction).filter((s) => !s.startsWith('<<')), ...si.instruction.heredocs.map((h) => `<<${h.name}`)]
          const plain = sources.find((s) => !isRemote(s) && (s.startsWith('<<') || !hasArchiveExtension(s)))
          if (plain !== undefined) {
            return fail(`ADD ${plain} (línea ${si.line}) copia archivos locales normales: usa COPY, que ni desempaqueta ni descarga nada.`,
              `ADD ${plain} (line ${si.line}) copies plain local files: use COPY, which neither unpacks nor downloads anything.`, si.line)
          }
        }
      }
      return { passed: true }
    }),
    defineCheck('files-where-they-were', { es: 'Cada archivo copiado sigue en la misma ruta', en: 'Every copied file is still at the same path' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const missing = starterPlacements(env).files.find((f) => stage.fs.get(f.path)?.kind !== 'file')
      if (!missing) return { passed: true }
      return fail(`Antes había un archivo en ${missing.path}; ahora la imagen final no lo tiene ahí.`,
        `There used to be a file at ${missing.path}; the final image no longer has it there.`)
    }),
    defineCheck('archive-unpacked-in-place', { es: 'El contenido del tar sigue desempaquetado en /srv/geo', en: 'The tar\'s contents are still unpacked in /srv/geo' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      for (const dir of starterPlacements(env).unpacked) {
        const now = stage.fs.get(dir.path)
        if (now?.kind === 'dir' && now.bytes > 0) continue
        const archive = [...stage.fs.values()].find((e) => e.kind === 'file' && hasArchiveExtension(e.path) && e.path.startsWith(`${dir.path}/`))
        return archive
          ? fail(`${archive.path} es el archivo tar sin desempaquetar: COPY no extrae. Usa ADD o extráelo con tar -xf … -C ${dir.path} en un RUN.`,
            `${archive.path} is the tar archive, not unpacked: COPY does not extract. Use ADD, or extract it with tar -xf … -C ${dir.path} in a RUN.`)
          : fail(`El contenido del tar ya no está desempaquetado en ${dir.path}.`, `The tar's contents are no longer unpacked in ${dir.path}.`)
      }
      return { passed: true }
    }),
  ],
})
