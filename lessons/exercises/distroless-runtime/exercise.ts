import { defineCheck, fail, runsAsExistingNonRoot } from '@/lib/grade/checks'
import { entryAt, finalStage, hasPath, resolveCommand, startWords } from '@/lib/simulate/queries'
import type { GradeEnv } from '@/lib/grade/types'
import type { SimInstruction, SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

const MINIMAL_FAMILIES = new Set(['distroless', 'scratch', 'chainguard'])
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox'])
const SHELL_PATHS = ['/bin/sh', '/bin/bash', '/busybox/sh', '/bin/busybox']

/** The final stage and the stages it is built FROM inside the Dockerfile, base first. */
function chain(env: GradeEnv, stage: SimStage): SimStage[] {
  const stages = env.build().stages
  const out: SimStage[] = []
  for (let s: SimStage | undefined = stage; s; s = s.baseStage !== null && s.baseStage < s.index ? stages[s.baseStage] : undefined) out.unshift(s)
  return out
}

const program = (argv: string[] | null) => (argv?.[0] ?? '').slice((argv?.[0] ?? '').lastIndexOf('/') + 1)

/** Why an instruction of the runtime stage needs a shell, or null. */
function shellUse(si: SimInstruction): { es: string; en: string } | null {
  const instr = si.instruction
  const k = si.keyword
  if (k === 'RUN') {
    if (instr.json === null) return { es: `RUN en forma shell (línea ${si.line}) se ejecuta con /bin/sh -c`, en: `shell-form RUN (line ${si.line}) runs through /bin/sh -c` }
    if (SHELLS.has(program(instr.json))) return { es: `RUN (línea ${si.line}) llama a ${instr.json[0]}`, en: `RUN (line ${si.line}) calls ${instr.json[0]}` }
  }
  if (k === 'CMD' || k === 'ENTRYPOINT') {
    if (instr.json === null) return { es: `${k} en forma shell (línea ${si.line}) necesita /bin/sh`, en: `shell-form ${k} (line ${si.line}) needs /bin/sh` }
    if (SHELLS.has(program(instr.json))) return { es: `${k} (línea ${si.line}) arranca ${instr.json[0]}`, en: `${k} (line ${si.line}) starts ${instr.json[0]}` }
  }
  if (k === 'HEALTHCHECK') {
    const text = instr.argsText.trim()
    if (/^CMD\s+(?!\[)/i.test(text)) return { es: `HEALTHCHECK CMD en forma shell (línea ${si.line}) necesita /bin/sh`, en: `shell-form HEALTHCHECK CMD (line ${si.line}) needs /bin/sh` }
  }
  return null
}

export default defineExercise({
  id: 'distroless-runtime',
  lesson: 'seguridad',
  title: { es: 'Un runtime sin shell: distroless o scratch', en: 'A runtime without a shell: distroless or scratch' },
  statement: {
    es: 'statusd es un servicio en Go que ya se compila en una etapa aparte, pero se ejecuta sobre debian:bookworm-slim, con shell, apt y un montón de utilidades que un atacante podría aprovechar. Llévalo a una imagen distroless o scratch: un binario estático arrancado con un ENTRYPOINT en forma exec, ninguna instrucción de la etapa final que necesite una shell, y un usuario sin privilegios.',
    en: 'statusd is a Go service that is already compiled in its own stage, but it runs on debian:bookworm-slim, with a shell, apt and plenty of utilities an attacker could use. Move it to a distroless or scratch image: a static binary started by an exec-form ENTRYPOINT, no instruction in the final stage that needs a shell, and an unprivileged user.',
  },
  hints: [
    {
      es: 'Cambia la etapa final a `gcr.io/distroless/static-debian12:nonroot` (o `scratch`). Ahí no hay /bin/sh: ni `RUN` ni la forma shell de `ENTRYPOINT` funcionan.',
      en: 'Change the final stage to `gcr.io/distroless/static-debian12:nonroot` (or `scratch`). There is no /bin/sh there: neither `RUN` nor the shell form of `ENTRYPOINT` works.',
    },
    {
      es: 'Con cgo activado (lo normal en `golang:1.22-bookworm`), el binario depende de la libc, que ni static ni scratch tienen. Compila con `CGO_ENABLED=0 go build …`.',
      en: 'With cgo on (the default in `golang:1.22-bookworm`), the binary depends on libc, which neither static nor scratch has. Build with `CGO_ENABLED=0 go build …`.',
    },
    {
      es: 'El usuario ya no se crea con `useradd`: la variante `:nonroot` trae `nonroot` (65532), y en scratch vale un UID numérico como `USER 65532:65532`. Termina con `ENTRYPOINT ["/statusd"]`.',
      en: 'The user is no longer created with `useradd`: the `:nonroot` variant ships `nonroot` (65532), and on scratch a numeric UID such as `USER 65532:65532` works. End with `ENTRYPOINT ["/statusd"]`.',
    },
  ],
  concepts: ['NoShellInBaseImage', 'DL3025', 'FinalStageRunsAsRoot', 'BuildToolsInFinalImage'],
  checks: [
    defineCheck('distroless-or-scratch-base', {
      es: 'La imagen final es distroless o scratch, sin shell',
      en: 'The final image is distroless or scratch, with no shell',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const root = chain(env, stage)[0]!
      const fromLine = root.instructions[0]?.line ?? null
      const image = stage.image
      if (!image || !MINIMAL_FAMILIES.has(image.family)) {
        return fail(`La etapa final parte de ${root.from}, que no es distroless ni scratch (línea ${fromLine ?? '?'}).`,
          `The final stage starts from ${root.from}, which is neither distroless nor scratch (line ${fromLine ?? '?'}).`, fromLine)
      }
      const shell = SHELL_PATHS.find((p) => hasPath(stage, p))
      if (shell) {
        return fail(`${root.from} trae una shell (${shell}): las variantes :debug y -dev son para depurar, no para producción.`,
          `${root.from} ships a shell (${shell}): the :debug and -dev variants are for debugging, not production.`, fromLine)
      }
      return { passed: true }
    }),
    defineCheck('exec-form-entrypoint', {
      es: 'ENTRYPOINT está en forma exec (["…"])',
      en: 'ENTRYPOINT is in exec form (["…"])',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const last = [...chain(env, stage)].flatMap((s) => s.instructions).filter((i) => i.keyword === 'ENTRYPOINT').pop()
      if (!last || !stage.config.entrypoint) return fail('La imagen final no define ENTRYPOINT.', 'The final image defines no ENTRYPOINT.')
      if (stage.config.entrypointShellForm) {
        return fail(`ENTRYPOINT está en forma shell (línea ${last.line}): necesita /bin/sh y el proceso no recibe las señales. Usa ["/ruta/al/binario"].`,
          `ENTRYPOINT is in shell form (line ${last.line}): it needs /bin/sh and the process gets no signals. Use ["/path/to/binary"].`, last.line)
      }
      return { passed: true }
    }),
    defineCheck('entrypoint-static-binary', {
      es: 'ENTRYPOINT arranca un binario estático que existe en la imagen final',
      en: 'ENTRYPOINT starts a static binary that exists in the final image',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      if (!stage.config.entrypoint) return fail('La imagen final no define ENTRYPOINT.', 'The final image defines no ENTRYPOINT.')
      // The program ENTRYPOINT names (for the shell form, the first word of its command line).
      const name = startWords(stage)[0]
      if (!name) return fail('ENTRYPOINT está vacío.', 'ENTRYPOINT is empty.')
      // A bare name only the base image's catalog knows (no path) cannot be the binary the build compiled.
      const path = resolveCommand(stage, name)
      const entry = path?.startsWith('/') ? entryAt(stage, path) : undefined
      if (!entry) return fail(`«${name}» no existe en la imagen final.`, `"${name}" does not exist in the final image.`)
      if (!entry.tags.includes('binary')) return fail(`${entry.path} no es un binario compilado en el build.`, `${entry.path} is not a binary compiled in the build.`)
      if (!entry.tags.includes('static')) {
        return fail(`${entry.path} se compiló con cgo y se enlaza dinámicamente con la libc, que ni distroless/static ni scratch tienen: compílalo con CGO_ENABLED=0.`,
          `${entry.path} was built with cgo and links libc dynamically, which neither distroless/static nor scratch has: build it with CGO_ENABLED=0.`)
      }
      return { passed: true }
    }),
    defineCheck('no-shell-in-final-stage', {
      es: 'Ninguna instrucción de la etapa final necesita una shell',
      en: 'No instruction of the final stage needs a shell',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      for (const s of chain(env, stage)) {
        for (const si of s.instructions) {
          const why = shellUse(si)
          if (why) return fail(`${why.es}, y la imagen final no tiene shell (o no debería usarla).`, `${why.en}, and the final image has no shell (or should not use one).`, si.line)
        }
      }
      return { passed: true }
    }),
    runsAsExistingNonRoot('runs-as-existing-non-root'),
  ],
})
