import { defineCheck, fail, startsExistingProgram, startsExistingScript } from '@/lib/grade/checks'
import { finalStage, startWords } from '@/lib/simulate/queries'
import type { SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

const baseName = (w: string) => w.slice(w.lastIndexOf('/') + 1)
const isInterpreter = (w: string) => /^python(3(\.\d+)?)?$/.test(baseName(w))
const isScript = (w: string) => /\.py$/.test(w)

/** The command as a comparable list: python/python3/…/python3.12 → python, a script → its file name, --opt=value → --opt value. */
function normalize(words: string[]): string[] {
  const out: string[] = []
  for (const [i, w] of words.entries()) {
    const option = /^(--[^=]+)=(.*)$/.exec(w)
    if (i === 0 && isInterpreter(w)) out.push('python')
    else if (isScript(w)) out.push(baseName(w))
    else if (option) out.push(option[1]!, option[2]!)
    else out.push(w)
  }
  return out
}

function lastLine(stage: SimStage, keyword: string): number | null {
  return [...stage.instructions].reverse().find((i) => i.keyword === keyword)?.line ?? null
}

export default defineExercise({
  id: 'entrypoint-cmd',
  lesson: 'instrucciones',
  title: { es: 'ENTRYPOINT para el programa, CMD para sus argumentos', en: 'ENTRYPOINT for the program, CMD for its arguments' },
  statement: {
    es: 'Esta API de estado arranca con `CMD python app.py --port 8080` en forma shell: Docker la ejecuta como `/bin/sh -c "…"`, así que Python no es el PID 1 y no recibe el SIGTERM de `docker stop`, y para cambiar el puerto hay que repetir el comando entero. Pon el programa en un `ENTRYPOINT` en forma exec y deja en un `CMD` en forma exec solo sus argumentos por defecto. El comando completo tiene que seguir siendo el mismo.',
    en: 'This status API starts with a shell-form `CMD python app.py --port 8080`: Docker runs it as `/bin/sh -c "…"`, so Python is not PID 1 and never gets the SIGTERM from `docker stop`, and changing the port means retyping the whole command. Put the program in an exec-form `ENTRYPOINT` and leave only its default arguments in an exec-form `CMD`. The full command must stay the same.',
  },
  hints: [
    {
      es: 'La forma exec es un array JSON: `["programa", "arg1", …]`. Docker ejecuta el programa directamente, sin shell.',
      en: 'Exec form is a JSON array: `["program", "arg1", …]`. Docker runs the program directly, without a shell.',
    },
    {
      es: 'Docker une las dos instrucciones: el comando final es `ENTRYPOINT` seguido de `CMD`. Lo que va siempre, en `ENTRYPOINT`; lo que alguien querría cambiar con `docker run imagen …`, en `CMD`.',
      en: 'Docker joins the two instructions: the final command is `ENTRYPOINT` followed by `CMD`. What always runs goes in `ENTRYPOINT`; what someone would change with `docker run image …` goes in `CMD`.',
    },
    {
      es: '`ENTRYPOINT ["python", "app.py"]` y `CMD ["--port", "8080"]`. Ojo: `app.py` es parte del programa, no un argumento por defecto.',
      en: '`ENTRYPOINT ["python", "app.py"]` and `CMD ["--port", "8080"]`. Careful: `app.py` is part of the program, not a default argument.',
    },
  ],
  concepts: ['DL3025'],
  checks: [
    defineCheck('exec-form-entrypoint', { es: 'Un ENTRYPOINT en forma exec nombra el programa (python app.py)', en: 'An exec-form ENTRYPOINT names the program (python app.py)' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const line = lastLine(stage, 'ENTRYPOINT')
      const { entrypoint, entrypointShellForm } = stage.config
      if (line === null || !entrypoint) return fail('La etapa final no tiene ENTRYPOINT: el programa (python app.py) va en un ENTRYPOINT en forma exec.', 'The final stage has no ENTRYPOINT: the program (python app.py) goes in an exec-form ENTRYPOINT.', lastLine(stage, 'CMD'))
      if (entrypointShellForm) {
        return fail(`El ENTRYPOINT de la línea ${line} está en forma shell: corre dentro de /bin/sh -c, Python no es el PID 1 y CMD se ignora. Escríbelo como array JSON.`,
          `The ENTRYPOINT at line ${line} is in shell form: it runs inside /bin/sh -c, Python is not PID 1 and CMD is ignored. Write it as a JSON array.`, line)
      }
      if (!entrypoint.some(isScript)) {
        return fail(`ENTRYPOINT ${JSON.stringify(entrypoint)} (línea ${line}) solo nombra el intérprete: el programa es python app.py, así que app.py también va en ENTRYPOINT.`,
          `ENTRYPOINT ${JSON.stringify(entrypoint)} (line ${line}) only names the interpreter: the program is python app.py, so app.py belongs in ENTRYPOINT too.`, line)
      }
      return { passed: true }
    }),
    defineCheck('cmd-holds-default-arguments', { es: 'Un CMD en forma exec contiene solo los argumentos por defecto', en: 'An exec-form CMD holds only the default arguments' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const line = lastLine(stage, 'CMD')
      const { cmd, cmdShellForm } = stage.config
      if (line === null || !cmd || cmd.length === 0) {
        return fail('No hay CMD con los argumentos por defecto: pon ["--port", "8080"] en CMD, así `docker run imagen --port 9000` puede cambiarlos.',
          'There is no CMD with the default arguments: put ["--port", "8080"] in CMD, so `docker run image --port 9000` can change them.', lastLine(stage, 'ENTRYPOINT'))
      }
      if (cmdShellForm) {
        return stage.config.entrypoint && !stage.config.entrypointShellForm
          ? fail(`El CMD de la línea ${line} está en forma shell: detrás de un ENTRYPOINT se añade como /bin/sh -c "…". Escríbelo como array JSON.`,
            `The CMD at line ${line} is in shell form: after an ENTRYPOINT it is appended as /bin/sh -c "…". Write it as a JSON array.`, line)
          : fail(`El CMD de la línea ${line} está en forma shell y contiene todo el comando: deja en él solo los argumentos, como array JSON (["--port", "8080"]).`,
            `The CMD at line ${line} is in shell form and holds the whole command: keep only the arguments in it, as a JSON array (["--port", "8080"]).`, line)
      }
      const program = cmd.find((w) => isScript(w) || isInterpreter(w))
      if (program !== undefined) {
        return fail(`CMD (línea ${line}) contiene «${program}», que es parte del programa y no un argumento: muévelo a ENTRYPOINT.`,
          `CMD (line ${line}) contains "${program}", which is part of the program, not an argument: move it to ENTRYPOINT.`, line)
      }
      return { passed: true }
    }),
    defineCheck('same-command-as-before', { es: 'El comando completo es el mismo que antes', en: 'The full command is the same as before' }, (env) => {
      const stage = finalStage(env.build())
      const starter = finalStage(env.starterBuild())
      if (!stage || !starter) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const before = startWords(starter)
      const now = startWords(stage)
      if (JSON.stringify(normalize(now)) === JSON.stringify(normalize(before))) return { passed: true }
      const show = (w: string[]) => w.map((x) => (/\s/.test(x) ? JSON.stringify(x) : x)).join(' ') || '(nada)'
      const line = lastLine(stage, 'CMD') ?? lastLine(stage, 'ENTRYPOINT')
      return fail(`Ahora el contenedor ejecuta «${show(now)}»; antes ejecutaba «${show(before)}».`,
        `The container now runs "${show(now).replace('(nada)', '(nothing)')}"; before, it ran "${show(before)}".`, line)
    }),
    startsExistingProgram('starts-existing-program'),
    startsExistingScript('script-exists', { es: 'app.py existe donde el comando lo busca', en: 'app.py exists where the command looks for it' }),
  ],
})
