import { copySources } from '@/lib/dockerfile/parse'
import { defineCheck, fail } from '@/lib/grade/checks'
import { finalStage } from '@/lib/simulate/queries'
import type { Check, GradeEnv, LocalizedText } from '@/lib/grade/types'
import type { FsEntry, Layer, SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

/** Files the final image got from the build context through COPY/ADD (not COPY --from, not RUN). */
function copiedFromContext(stage: SimStage): Array<{ entry: FsEntry; layer: Layer }> {
  const out: Array<{ entry: FsEntry; layer: Layer }> = []
  for (const layer of stage.layers) {
    if (layer.keyword !== 'COPY' && layer.keyword !== 'ADD') continue
    for (const entry of layer.adds) if (entry.kind === 'file' && entry.copiedFrom === null) out.push({ entry, layer })
  }
  return out
}

const segments = (path: string) => path.split('/').filter(Boolean)
const ENV_FILE = /^\.env(\.(?!example$|sample$|template$)[\w.-]+)?$/

/** A check that no file copied from the context matches `bad`, at any depth. */
function keepsOut(id: string, label: LocalizedText, what: LocalizedText, bad: (path: string) => boolean, pattern: string): Check {
  return defineCheck(id, label, (env) => {
    const stage = finalStage(env.build())
    if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
    const hits = copiedFromContext(stage).filter(({ entry }) => bad(entry.path))
    if (hits.length === 0) return { passed: true }
    const first = hits[0]!
    const more = hits.length > 1 ? { es: ` y ${hits.length - 1} más`, en: ` and ${hits.length - 1} more` } : { es: '', en: '' }
    return fail(
      `La línea ${first.layer.line} copia ${what.es} a la imagen: ${first.entry.path}${more.es}. Exclúyelo en .dockerignore (${pattern} vale a cualquier profundidad).`,
      `Line ${first.layer.line} copies ${what.en} into the image: ${first.entry.path}${more.en}. Exclude it in .dockerignore (${pattern} works at any depth).`,
      first.layer.line,
    )
  })
}

/** The context files the app needs: its sources and every package manifest (outside node_modules). */
function neededFiles(env: GradeEnv): string[] {
  return env.context.files
    .map((f) => f.path)
    .filter((p) => !segments(p).includes('node_modules'))
    .filter((p) => /(^|\/)src\//.test(p) || /(^|\/)package(-lock)?\.json$/.test(p))
}

export default defineExercise({
  id: 'dockerignore',
  lesson: 'dockerignore',
  title: { es: 'Un .dockerignore que funcione a cualquier profundidad', en: 'A .dockerignore that works at any depth' },
  statement: {
    es: 'Este proyecto es un workspace de npm: la API en `src/` y el front en `packages/web`. El Dockerfile está bien y termina con `COPY . .`; lo que falla es el `.dockerignore`, cuyos patrones solo valen en la raíz del contexto. Edita el `.dockerignore` para que la imagen no reciba ningún node_modules, .git, archivo de log ni .env, esté donde esté, y siga teniendo el código y los package.json / package-lock.json.',
    en: 'This project is an npm workspace: the API in `src/` and the front end in `packages/web`. The Dockerfile is fine and ends with `COPY . .`; what fails is the `.dockerignore`, whose patterns only match at the root of the context. Edit the `.dockerignore` so the image gets no node_modules, .git, log file or .env wherever they are, and still has the code and the package.json / package-lock.json files.',
  },
  hints: [
    {
      es: 'En .dockerignore, `node_modules` solo excluye la carpeta de la raíz, no `packages/web/node_modules`. Mira en el panel de contexto qué archivos siguen llegando.',
      en: 'In .dockerignore, `node_modules` only excludes the folder at the root, not `packages/web/node_modules`. Check in the Context panel which files still get through.',
    },
    {
      es: '`**` vale por cualquier número de carpetas: `**/node_modules`, `**/*.log`, `**/.env`.',
      en: '`**` stands for any number of folders: `**/node_modules`, `**/*.log`, `**/.env`.',
    },
    {
      es: 'Si quieres excluir también `.env.local` y similares, añade `**/.env.*` y recupera la plantilla con `!**/.env.example`: gana el último patrón que coincide.',
      en: 'To exclude `.env.local` and the like as well, add `**/.env.*` and bring the template back with `!**/.env.example`: the last matching pattern wins.',
    },
  ],
  concepts: ['MissingDockerignore', 'SecretInImage', 'CopyIgnoredFile'],
  checks: [
    keepsOut('no-node-modules-copied',
      { es: 'Ningún node_modules del contexto llega a la imagen', en: 'No node_modules from the context reaches the image' },
      { es: 'un node_modules del contexto', en: 'a node_modules folder from the context' },
      (p) => segments(p).includes('node_modules'), '**/node_modules'),
    keepsOut('no-git-copied',
      { es: 'El repositorio .git no llega a la imagen', en: 'The .git repository does not reach the image' },
      { es: 'el repositorio .git', en: 'the .git repository' },
      (p) => segments(p).includes('.git'), '**/.git'),
    keepsOut('no-logs-copied',
      { es: 'Ningún archivo de log llega a la imagen', en: 'No log file reaches the image' },
      { es: 'un archivo de log', en: 'a log file' },
      (p) => p.endsWith('.log'), '**/*.log'),
    keepsOut('no-env-files-copied',
      { es: 'Ningún archivo .env llega a la imagen', en: 'No .env file reaches the image' },
      { es: 'un archivo .env con secretos', en: 'a .env file with secrets' },
      (p) => ENV_FILE.test(segments(p).pop() ?? ''), '**/.env'),
    defineCheck('sources-and-manifests-kept', {
      es: 'La imagen conserva el código y los package.json / package-lock.json',
      en: 'The image keeps the code and the package.json / package-lock.json files',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const wholeContext = stage.instructions.find((si) => (si.keyword === 'COPY' || si.keyword === 'ADD')
        && !si.instruction.flags.some((f) => f.name.toLowerCase() === 'from')
        && copySources(si.instruction).some((s) => ['.', './', '*', '/'].includes(s.trim())))
      if (!wholeContext) {
        return fail('El Dockerfile ya no copia todo el contexto (COPY . .): el ejercicio es arreglar el .dockerignore, no el Dockerfile.',
          'The Dockerfile no longer copies the whole context (COPY . .): the exercise is to fix the .dockerignore, not the Dockerfile.')
      }
      const copied = new Set(copiedFromContext(stage).map(({ entry }) => entry.path))
      const needed = neededFiles(env)
      // Where the context landed: the directory under which most needed files are found (/app).
      const roots = new Map<string, number>()
      for (const f of needed) for (const p of copied) if (p.endsWith(`/${f}`)) roots.set(p.slice(0, -f.length - 1), (roots.get(p.slice(0, -f.length - 1)) ?? 0) + 1)
      const root = [...roots.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
      const missing = needed.filter((f) => !copied.has(`${root}/${f}`))
      if (missing.length === 0) return { passed: true }
      return fail(`El .dockerignore excluye archivos que la aplicación necesita: ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? '…' : ''}.`,
        `The .dockerignore excludes files the app needs: ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? '…' : ''}.`, wholeContext.line)
    }),
  ],
})
