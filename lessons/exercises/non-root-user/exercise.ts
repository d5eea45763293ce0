import { defineCheck, fail, runsAsExistingNonRoot, startLine } from '@/lib/grade/checks'
import { finalStage, readableBy, runIdentity, runUser, startWords } from '@/lib/simulate/queries'
import type { GradeEnv } from '@/lib/grade/types'
import type { SimStage, Tag } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

/** Programs that run a command as another user (back to root, when the image runs unprivileged). */
const SWITCHERS = new Set(['sudo', 'su', 'doas', 'gosu', 'su-exec', 'setpriv', 'runuser', 'chroot'])

/** USER instructions of the final stage and of the stages it is built FROM, in order. */
function userInstructions(env: GradeEnv, stage: SimStage) {
  const stages = env.build().stages
  const chain: SimStage[] = []
  for (let s: SimStage | undefined = stage; s; s = s.baseStage !== null && s.baseStage < s.index ? stages[s.baseStage] : undefined) chain.unshift(s)
  return chain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'USER' && !i.onbuild))
}

/** What the app is made of: its code, its installed dependencies and what its build produced. */
const APP_TAGS = new Set<Tag>(['source', 'dependencies', 'build-output', 'binary'])

const isRootSpec = (text: string) => /^(root|0)(:|$)/.test(text.trim())

export default defineExercise({
  id: 'non-root-user',
  lesson: 'seguridad',
  title: { es: 'Un servidor que no corre como root', en: 'A server that does not run as root' },
  statement: {
    es: 'Esta API de Flask se sirve con gunicorn como root: si alguien explota un fallo de la aplicación, tiene root dentro del contenedor. Haz que el contenedor se ejecute con un usuario sin privilegios que exista en la imagen (creado por ti, el que trae la base o un UID numérico), que ese usuario pueda leer el código y los paquetes que importa, y que nada vuelva a root.',
    en: 'This Flask API is served by gunicorn as root: whoever exploits a bug in the application gets root inside the container. Make the container run as an unprivileged user that exists in the image (one you create, one the base provides, or a numeric UID), make sure that user can read the code and the packages it imports, and let nothing switch back to root.',
  },
  hints: [
    {
      es: 'La instrucción `USER` decide con qué usuario arranca el contenedor. ¿Existe ya un usuario sin privilegios en `python:3.12-slim`, o tienes que crearlo?',
      en: 'The `USER` instruction decides which user the container starts as. Is there already an unprivileged user in `python:3.12-slim`, or do you have to create one?',
    },
    {
      es: 'Crea el usuario con un UID fijo (`useradd --system --uid 10001 app`) y pon `USER app` al final, justo antes de `CMD`. También vale `USER 10001:10001` sin crearlo.',
      en: 'Create the user with a fixed UID (`useradd --system --uid 10001 app`) and put `USER app` at the end, right before `CMD`. `USER 10001:10001` without creating it works too.',
    },
    {
      es: '`pip install --user` ejecutado como root instala en `/root/.local`, y `/root` solo lo puede leer root (0700). Instala sin `--user` (en `/usr/local`, legible por todos) o instala después de `USER` en el home del nuevo usuario.',
      en: '`pip install --user` run as root installs into `/root/.local`, and only root can read `/root` (0700). Install without `--user` (into `/usr/local`, readable by everyone) or install after `USER` into the new user\'s home.',
    },
  ],
  concepts: ['FinalStageRunsAsRoot', 'DL3002', 'UserNotFound'],
  checks: [
    runsAsExistingNonRoot('runs-as-existing-non-root'),
    defineCheck('app-readable-by-user', {
      es: 'El usuario del contenedor puede leer el código y las dependencias instaladas',
      en: 'The container\'s user can read the code and the installed dependencies',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const who = runIdentity(stage)
      const layerOf = new Map(stage.layers.map((l) => [l.id, l]))
      for (const entry of stage.fs.values()) {
        if (entry.kind === 'opaque' || (entry.kind === 'dir' && entry.bytes === 0)) continue
        const layer = layerOf.get(entry.layer)
        const copied = layer !== undefined && (layer.keyword === 'COPY' || layer.keyword === 'ADD')
        if (!copied && !entry.tags.some((t) => APP_TAGS.has(t))) continue
        if (readableBy(stage, entry.path, who)) continue
        const where = layer && layer.line > 0 ? layer.line : null
        const user = runUser(stage).user
        return fail(
          `«${user}» no puede leer ${entry.path} (escrito en la línea ${where ?? '?'})${entry.path.startsWith('/root/') ? ': /root solo lo puede leer root' : ': revisa su propietario y sus permisos'}.`,
          `"${user}" cannot read ${entry.path} (written at line ${where ?? '?'})${entry.path.startsWith('/root/') ? ': only root can read /root' : ': check its owner and permissions'}.`,
          where,
        )
      }
      return { passed: true }
    }),
    defineCheck('no-switch-back-to-root', {
      es: 'Nada vuelve a root después de cambiar al usuario sin privilegios',
      en: 'Nothing switches back to root after changing to the unprivileged user',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const users = userInstructions(env, stage)
      const lastUnprivileged = [...users].reverse().find((i) => !isRootSpec(i.instruction.argsText))
      const lastUser = users[users.length - 1]
      if (lastUnprivileged && lastUser && lastUser !== lastUnprivileged && isRootSpec(lastUser.instruction.argsText)) {
        return fail(
          `La línea ${lastUser.line} vuelve a root después de USER en la línea ${lastUnprivileged.line}, y el contenedor se queda como root.`,
          `Line ${lastUser.line} switches back to root after USER at line ${lastUnprivileged.line}, and the container stays root.`,
          lastUser.line,
        )
      }
      const switcher = startWords(stage).find((w) => SWITCHERS.has(w.slice(w.lastIndexOf('/') + 1)))
      if (switcher) {
        return fail(
          `El comando de arranque usa ${switcher}, que ejecuta el servidor como otro usuario.`,
          `The start command uses ${switcher}, which runs the server as another user.`,
          startLine(stage),
        )
      }
      return { passed: true }
    }),
  ],
})
