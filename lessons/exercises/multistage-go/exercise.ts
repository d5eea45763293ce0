import { defineCheck, fail, imageLacks, sizeAtMostFractionOfStarter, startsExistingProgram } from '@/lib/grade/checks'
import { entryAt, finalStage, startCommand } from '@/lib/simulate/queries'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: 'multistage-go',
  lesson: 'multistage',
  title: { es: 'Un binario de Go en una imagen mínima', en: 'A Go binary in a minimal image' },
  statement: {
    es: 'Este Dockerfile compila un servidor HTTP en Go y lo ejecuta en la misma imagen, que arrastra todo el SDK de Go. Conviértelo en un build multistage: compila en una etapa y ejecuta solo el binario en una imagen mínima.',
    en: 'This Dockerfile compiles a Go HTTP server and runs it in the same image, which drags the whole Go SDK along. Turn it into a multistage build: compile in one stage and run only the binary in a minimal image.',
  },
  hints: [
    { es: 'Dale un nombre a la etapa actual con `FROM golang:1.21 AS build`.', en: 'Name the current stage with `FROM golang:1.21 AS build`.' },
    { es: 'Añade una segunda etapa `FROM` con una imagen mínima (distroless, alpine o scratch) y copia el binario con `COPY --from=build`.', en: 'Add a second `FROM` stage with a minimal image (distroless, alpine or scratch) and copy the binary with `COPY --from=build`.' },
    { es: 'Para scratch o distroless/static, compila sin cgo: `CGO_ENABLED=0 go build …`, y arranca con la forma exec: `ENTRYPOINT ["/hello"]`.', en: 'For scratch or distroless/static, build without cgo: `CGO_ENABLED=0 go build …`, and start with exec form: `ENTRYPOINT ["/hello"]`.' },
  ],
  concepts: ['BuildToolsInFinalImage', 'NoShellInBaseImage', 'DL3025'],
  checks: [
    defineCheck('two-stages', { es: 'Hay al menos dos etapas en el build', en: 'The build has at least two stages' }, (env) => {
      const built = env.build().stages.filter((s) => s.built).length
      return built >= 2 ? { passed: true } : fail(`El build usa ${built} etapa(s).`, `The build uses ${built} stage(s).`)
    }),
    imageLacks('no-go-toolchain', { es: 'La imagen final no contiene el toolchain de Go', en: 'The final image holds no Go toolchain' },
      ['go-toolchain', 'compiler'], { es: 'el compilador', en: 'the compiler' }),
    defineCheck('binary-from-build-stage', { es: 'El binario viene de una etapa de build', en: 'The binary comes from a build stage' }, (env) => {
      const stage = finalStage(env.build())
      const start = stage ? startCommand(stage) : null
      const entry = stage && start?.resolved ? entryAt(stage, start.resolved) : undefined
      if (entry?.copiedFrom) return { passed: true }
      return fail('El programa que arranca no se copió con COPY --from desde otra etapa.', 'The program that starts was not copied with COPY --from from another stage.')
    }),
    startsExistingProgram('starts-existing-binary'),
    sizeAtMostFractionOfStarter('size-under-10-percent', 0.1),
  ],
})
