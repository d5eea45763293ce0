import type { Instruction } from '@/lib/dockerfile/types'
import { defineCheck, fail, imageLacks } from '@/lib/grade/checks'
import { entryAt, finalStage, startCommand } from '@/lib/simulate/queries'
import type { GradeEnv, RebuildStep } from '@/lib/grade/types'
import { runScript } from '@/lib/lint/facts'
import { parseShell, type ShellCommand } from '@/lib/shell/parse'
import type { SimInstruction, SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

function cargoCommands(instr: Instruction): ShellCommand[] {
  if (instr.keyword !== 'RUN') return []
  return parseShell(runScript(instr)).commands.filter((c) => c.name.slice(c.name.lastIndexOf('/') + 1) === 'cargo')
}

/** `cargo build`, `cargo install` or `cargo chef cook`: a step that compiles crates. */
function compiles(instr: Instruction): boolean {
  return cargoCommands(instr).some((c) => {
    const [sub, next] = c.args.filter((a) => !a.startsWith('-') && !a.startsWith('+'))
    return sub === 'build' || sub === 'install' || (sub === 'chef' && next === 'cook')
  })
}

/** A release compile: `cargo build --release` (or -r, --profile release), or `cargo install`. */
function compilesRelease(instr: Instruction): boolean {
  return cargoCommands(instr).some((c) => {
    const sub = c.args.find((a) => !a.startsWith('-') && !a.startsWith('+'))
    if (sub === 'install') return true
    const i = c.args.indexOf('--profile')
    return sub === 'build' && (c.args.includes('--release') || c.args.includes('-r') || c.args.includes('--profile=release') || (i >= 0 && c.args[i + 1] === 'release'))
  })
}

/** A cache mount over cargo's target directory keeps compiled dependencies between builds. */
function cachesTargetDir(instr: Instruction, stage: SimStage): boolean {
  const targetDir = stage.config.env.CARGO_TARGET_DIR
  return instr.flags.some((f) => {
    if (f.name.toLowerCase() !== 'mount' || (f.options.type ?? '').toLowerCase() !== 'cache') return false
    const target = (f.options.target ?? f.options.dst ?? f.options.destination ?? '').replace(/\/+$/, '')
    return target === 'target' || target.endsWith('/target') || (targetDir !== undefined && target === targetDir.replace(/\/+$/, ''))
  })
}

function compileSteps(env: GradeEnv): Array<{ stage: SimStage; si: SimInstruction }> {
  const out: Array<{ stage: SimStage; si: SimInstruction }> = []
  for (const stage of env.build().stages) if (stage.built) for (const si of stage.instructions) if (compiles(si.instruction)) out.push({ stage, si })
  return out
}

function statusOf(steps: RebuildStep[], si: SimInstruction): RebuildStep['status'] | undefined {
  return steps.find((s) => s.stage === si.stage && s.line === si.line)?.status
}

const noCompile = fail('No encuentro ningún RUN que compile con cargo build.', 'I can\'t find any RUN that compiles with cargo build.')

export default defineExercise({
  id: 'rust-dummy-build',
  lesson: 'estrategias-avanzadas',
  title: { es: 'Cachea las dependencias de Rust con un build dummy', en: 'Cache Rust dependencies with a dummy build' },
  statement: {
    es: 'Esta API en Rust copia todo el proyecto y compila en un solo paso, así que cualquier cambio en `src/main.rs` vuelve a compilar axum, tokio, serde y el resto desde cero. Además, la imagen final es `rust:1.83`, con todo el toolchain y `target/`. Haz que editar `src/main.rs` deje en caché la compilación de las dependencias y que la imagen final sea un runtime mínimo que arranque el binario de release como `ENTRYPOINT`.',
    en: 'This Rust API copies the whole project and compiles in a single step, so any change to `src/main.rs` recompiles axum, tokio, serde and the rest from scratch. On top of that, the final image is `rust:1.83`, with the whole toolchain and `target/`. Make editing `src/main.rs` leave the dependency compile cached, and make the final image a minimal runtime that starts the release binary as its `ENTRYPOINT`.',
  },
  hints: [
    {
      es: 'Cargo no tiene un «instala solo las dependencias» como `npm ci`, pero compila las dependencias de cualquier crate: basta con un `main.rs` vacío y los manifiestos.',
      en: 'Cargo has no "install only the dependencies" like `npm ci`, but it compiles the dependencies of any crate: an empty `main.rs` and the manifests are enough.',
    },
    {
      es: 'Copia solo `Cargo.toml` y `Cargo.lock`, crea `src/main.rs` con `fn main() {}`, compila con `cargo build --release` y borra ese `src` en el mismo `RUN`. Después copia el `src` real y compila otra vez.',
      en: 'Copy only `Cargo.toml` and `Cargo.lock`, create `src/main.rs` with `fn main() {}`, build with `cargo build --release` and delete that `src` in the same `RUN`. Then copy the real `src` and build again.',
    },
    {
      es: 'En el segundo build, `touch src/main.rs` obliga a cargo a recompilar tu crate. Para el runtime: `FROM gcr.io/distroless/cc-debian12:nonroot`, `COPY --from=build /app/target/release/quotes-api /usr/local/bin/` y `ENTRYPOINT ["/usr/local/bin/quotes-api"]`.',
      en: 'In the second build, `touch src/main.rs` makes cargo recompile your crate. For the runtime: `FROM gcr.io/distroless/cc-debian12:nonroot`, `COPY --from=build /app/target/release/quotes-api /usr/local/bin/` and `ENTRYPOINT ["/usr/local/bin/quotes-api"]`.',
    },
  ],
  concepts: ['CopyAllBeforeDependencyInstall', 'BuildToolsInFinalImage', 'DL3025'],
  checks: [
    defineCheck('deps-compile-cached-after-code-edit', { es: 'Editar src/main.rs deja en caché la compilación de las dependencias', en: 'Editing src/main.rs leaves the dependency compile cached' }, (env) => {
      const steps = compileSteps(env)
      if (steps.length === 0) return noCompile
      if (steps.some(({ stage, si }) => cachesTargetDir(si.instruction, stage))) return { passed: true }
      const afterCode = env.rebuildAfterEditing(['src/main.rs'])
      const afterManifest = env.rebuildAfterEditing(['Cargo.toml'])
      const cached = steps.filter(({ si }) => statusOf(afterCode, si) === 'hit')
      if (cached.some(({ si }) => statusOf(afterManifest, si) === 'miss')) return { passed: true }
      if (cached.length > 0) {
        const line = cached[0]!.si.line
        return fail(`El cargo build de la línea ${line} sigue en caché al editar Cargo.toml: no está compilando las dependencias del proyecto.`,
          `The cargo build at line ${line} stays cached when Cargo.toml changes: it is not compiling the project's dependencies.`, line)
      }
      const line = steps[0]!.si.line
      return fail(`Al editar src/main.rs se vuelve a ejecutar el cargo build de la línea ${line}, y con él la compilación de todas las dependencias.`,
        `Editing src/main.rs reruns the cargo build at line ${line}, and with it the compile of every dependency.`, line)
    }),
    defineCheck('app-recompiles-after-code-edit', { es: 'Editar src/main.rs vuelve a compilar la aplicación', en: 'Editing src/main.rs recompiles the app' }, (env) => {
      const steps = compileSteps(env)
      if (steps.length === 0) return noCompile
      const afterCode = env.rebuildAfterEditing(['src/main.rs'])
      if (steps.some(({ si }) => statusOf(afterCode, si) === 'miss')) return { passed: true }
      const line = steps[steps.length - 1]!.si.line
      return fail(`Ningún cargo build se vuelve a ejecutar al editar src/main.rs: la imagen tendría el binario antiguo (o el dummy). Copia el src real y compila después (línea ${line}).`,
        `No cargo build reruns when src/main.rs changes: the image would keep the old (or the dummy) binary. Copy the real src and build after it (line ${line}).`, line)
    }),
    defineCheck('minimal-runtime', { es: 'La imagen final es un runtime mínimo (distroless, scratch, alpine, debian slim…)', en: 'The final image is a minimal runtime (distroless, scratch, alpine, debian slim…)' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const image = stage.image
      const minimal = !!image && !image.isSdk && (
        ['distroless', 'chainguard', 'wolfi', 'scratch'].includes(image.family)
        || ['alpine', 'busybox', 'scratch'].includes(image.repository)
        || (image.repository === 'debian' && image.variant === 'slim'))
      if (minimal) return { passed: true }
      return fail(`La etapa final parte de ${stage.from}: usa gcr.io/distroless/cc-debian12, debian:bookworm-slim, alpine o scratch (con un binario estático).`,
        `The final stage starts from ${stage.from}: use gcr.io/distroless/cc-debian12, debian:bookworm-slim, alpine or scratch (with a static binary).`, stage.instructions[0]?.line ?? null)
    }),
    imageLacks('no-rust-toolchain', { es: 'Ninguna capa de la imagen final contiene el toolchain de Rust ni target/', en: 'No layer of the final image holds the Rust toolchain or target/' },
      ['rust-toolchain', 'compiler', 'build-cache', 'cargo-cache'], { es: 'el toolchain de Rust o su caché de compilación', en: 'the Rust toolchain or its build cache' }),
    defineCheck('release-binary-entrypoint', { es: 'El ENTRYPOINT arranca el binario de release, que existe en la imagen final', en: 'The ENTRYPOINT starts the release binary, which exists in the final image' }, (env) => {
      const result = env.build()
      const stage = finalStage(result)
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const entrypointLine = [...stage.instructions].reverse().find((i) => i.keyword === 'ENTRYPOINT')?.line ?? null
      if (entrypointLine === null || !stage.config.entrypoint) {
        const cmdLine = [...stage.instructions].reverse().find((i) => i.keyword === 'CMD')?.line ?? null
        return fail('La imagen no define ENTRYPOINT: arranca el binario con ENTRYPOINT ["…"], así los argumentos de docker run le llegan a él.',
          'The image defines no ENTRYPOINT: start the binary with ENTRYPOINT ["…"], so docker run arguments reach it.', cmdLine)
      }
      const start = startCommand(stage)
      if (!start.exists) return fail(`«${start.program}» no existe en la imagen final.`, `"${start.program}" does not exist in the final image.`, entrypointLine)
      if (!start.canStart) return fail('ENTRYPOINT en forma shell necesita /bin/sh y la imagen no lo tiene: usa la forma exec ["…"].', 'A shell-form ENTRYPOINT needs /bin/sh and the image has none: use exec form ["…"].', entrypointLine)
      const entry = start.resolved ? entryAt(stage, start.resolved) : undefined
      const from = entry?.copiedFrom
      const producer = from ? result.stages[from.stage]?.instructions.find((si) => si.layer === from.layer) : undefined
      if (!entry?.tags.includes('binary') || !producer || !compilesRelease(producer.instruction)) {
        return fail(`${start.resolved ?? start.program} no es el binario de release copiado de la etapa de build (cargo build --release, target/release/).`,
          `${start.resolved ?? start.program} is not the release binary copied from the build stage (cargo build --release, target/release/).`, entrypointLine)
      }
      return { passed: true }
    }),
  ],
})
