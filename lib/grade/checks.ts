/**
 * Check builders for exercises. Each reads outcomes (simulated image, cache behaviour, findings),
 * so any correct Dockerfile passes however it is written.
 */
import type { Instruction } from '@/lib/dockerfile/types'
import type { Severity } from '@/lib/lint/rule'
import { runScript } from '@/lib/lint/facts'
import { parseShell } from '@/lib/shell/parse'
import { isDependencyInstall } from '@/lib/shell/recognize'
import { entriesWithTag, finalStage, runUser, startCommand, startScript } from '@/lib/simulate/queries'
import type { SimStage, Tag } from '@/lib/simulate/types'
import type { BuildOptions, Check, CheckOutcome, GradeEnv, LocalizedText } from './types'

export function defineCheck(id: string, label: LocalizedText, run: (env: GradeEnv) => CheckOutcome): Check {
  return { id, label, run }
}

const pass: CheckOutcome = { passed: true }

export function fail(es: string, en: string, line: number | null = null): CheckOutcome {
  return { passed: false, message: { es, en }, line }
}

function formatMB(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${Math.round(bytes / 1e6)} MB`
}

/** No linter finding at or above a severity (default: warning). */
export function noLintFindings(id: string, atLeast: Severity = 'warning'): Check {
  const order: Severity[] = ['error', 'warning', 'info', 'style']
  const limit = order.indexOf(atLeast)
  return defineCheck(id, {
    es: atLeast === 'warning' ? 'El analizador no encuentra errores ni avisos' : `El analizador no encuentra nada de nivel ${atLeast} o superior`,
    en: atLeast === 'warning' ? 'The analyzer finds no errors or warnings' : `The analyzer finds nothing at ${atLeast} level or above`,
  }, (env) => {
    const f = env.findings().find((x) => order.indexOf(x.severity) <= limit)
    return f
      ? fail(`${f.rule} en la línea ${f.range.start.line + 1}: ${f.message.es}`, `${f.rule} at line ${f.range.start.line + 1}: ${f.message.en}`, f.range.start.line + 1)
      : pass
  })
}

/** No layer of the target image holds anything with these tags (deleting later does not count). */
export function imageLacks(id: string, label: LocalizedText, tags: readonly Tag[], what: LocalizedText, options: BuildOptions = {}): Check {
  return defineCheck(id, label, (env) => {
    const stage = finalStage(env.build(options))
    if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
    const hit = entriesWithTag(stage, tags)[0]
    if (!hit) return pass
    const where = hit.line > 0 ? hit.line : null
    if (hit.fromBase) {
      return fail(
        `La imagen final contiene ${what.es} (${hit.entry.path}), que viene de su imagen base (línea ${where ?? '?'}).`,
        `The final image contains ${what.en} (${hit.entry.path}), which comes with its base image (line ${where ?? '?'}).`,
        where,
      )
    }
    return fail(
      `La imagen final contiene ${what.es} (${hit.entry.path}, añadido en la línea ${where}); queda en esa capa aunque se borre después.`,
      `The final image contains ${what.en} (${hit.entry.path}, added at line ${where}); it stays in that layer even if deleted later.`,
      where,
    )
  })
}

/** The container's start command names a program that exists in the image and can start. */
export function startsExistingProgram(id: string, options: BuildOptions = {}): Check {
  return defineCheck(id, {
    es: 'El contenedor arranca un programa que existe en la imagen final',
    en: 'The container starts a program that exists in the final image',
  }, (env) => {
    const stage = finalStage(env.build(options))
    if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
    const start = startCommand(stage)
    if (!start.program) return fail('La imagen no define ENTRYPOINT ni CMD.', 'The image defines no ENTRYPOINT or CMD.')
    if (!start.exists) return fail(`«${start.program}» no existe en la imagen final.`, `"${start.program}" does not exist in the final image.`)
    if (!start.canStart) return fail('ENTRYPOINT/CMD en forma shell necesita /bin/sh y la imagen no lo tiene: usa la forma exec ["…"].', 'Shell-form ENTRYPOINT/CMD needs /bin/sh and the image has none: use exec form ["…"].')
    return pass
  })
}

/** The estimated final size is at most a fraction of the starter's. */
export function sizeAtMostFractionOfStarter(id: string, fraction: number, options: BuildOptions = {}): Check {
  const pct = Math.round(fraction * 100)
  return defineCheck(id, {
    es: `La imagen final pesa como mucho el ${pct} % de la inicial`,
    en: `The final image is at most ${pct} % of the starter's size`,
  }, (env) => {
    const mine = env.build(options).image?.estimatedBytes ?? Infinity
    const starter = env.starterBuild(options).image?.estimatedBytes ?? 0
    if (mine <= starter * fraction) return pass
    return fail(
      `Estimada: ${formatMB(mine)} frente a ${formatMB(starter)} al empezar (${Math.round((mine / starter) * 100)} %); el objetivo es ≤ ${pct} %.`,
      `Estimated: ${formatMB(mine)} vs ${formatMB(starter)} at the start (${Math.round((mine / starter) * 100)} %); the goal is ≤ ${pct} %.`,
    )
  })
}

/** The final container runs as a non-root user that exists. */
export function runsAsExistingNonRoot(id: string, options: BuildOptions = {}): Check {
  return defineCheck(id, {
    es: 'El contenedor se ejecuta con un usuario sin privilegios que existe',
    en: 'The container runs as an unprivileged user that exists',
  }, (env) => {
    const stage = finalStage(env.build(options))
    if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
    const u = runUser(stage)
    const userLine = [...stage.instructions].reverse().find((i) => i.keyword === 'USER')?.line ?? null
    if (u.isRoot) return fail(`El contenedor se ejecuta como root («${u.user}»).`, `The container runs as root ("${u.user}").`, userLine)
    if (!u.exists) return fail(`El usuario «${u.user}» no existe en la imagen: créalo o usa un UID numérico.`, `User "${u.user}" does not exist in the image: create it or use a numeric UID.`, userLine)
    return pass
  })
}

/** True for a RUN that installs the project's dependencies (npm ci, pip install -r, go mod download…). */
export function installsDependencies(instr: Instruction): boolean {
  return instr.keyword === 'RUN' && parseShell(runScript(instr)).commands.some(isDependencyInstall)
}

/**
 * After editing `file`, every step matching `isStep` in the target's build hits (`expect: 'hit'`)
 * or misses (`expect: 'miss'`) the cache.
 */
export function cacheAfterEditing(
  id: string, label: LocalizedText, file: string, isStep: (instr: Instruction) => boolean, expect: 'hit' | 'miss',
  stepName: LocalizedText, options: BuildOptions = {},
): Check {
  return defineCheck(id, label, (env) => {
    const result = env.build(options)
    const targets = new Set<number>()
    for (const stage of result.stages) if (stage.built) for (const si of stage.instructions) if (isStep(si.instruction)) targets.add(si.line)
    if (targets.size === 0) return fail(`No encuentro ${stepName.es}.`, `I can't find ${stepName.en}.`)
    const steps = env.rebuildAfterEditing([file], options).filter((s) => targets.has(s.line))
    const wrong = steps.find((s) => s.status !== expect)
    if (!wrong) return pass
    return expect === 'hit'
      ? fail(`Al editar ${file}, ${stepName.es} (línea ${wrong.line}) se vuelve a ejecutar.`, `Editing ${file} reruns ${stepName.en} (line ${wrong.line}).`, wrong.line)
      : fail(`Al editar ${file}, ${stepName.es} (línea ${wrong.line}) sigue en caché: no vería el cambio.`, `Editing ${file} leaves ${stepName.en} (line ${wrong.line}) cached: it would not see the change.`, wrong.line)
  })
}

/** Reads a context file's text (package.json…), or null. */
export function contextText(env: GradeEnv, path: string): string | null {
  return env.context.files.find((f) => f.path === path)?.content ?? null
}

/**
 * The start command hands its interpreter a script that exists in the final image (`node
 * src/index.js`, `python app.py`, or package.json's `start` script through `npm start`).
 */
export function startsExistingScript(id: string, label: LocalizedText, options: BuildOptions = {}): Check {
  return defineCheck(id, label, (env) => {
    const stage = finalStage(env.build(options))
    if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
    const line = startLine(stage)
    const script = startScript(stage, (p) => contextText(env, p))
    if (!script) {
      return fail('No encuentro qué script arranca el contenedor: ENTRYPOINT/CMD no nombra ningún archivo (p. ej. src/index.js).',
        'I cannot find the script the container starts: ENTRYPOINT/CMD names no file (e.g. src/index.js).', line)
    }
    if (!script.exists) {
      const via = script.via === 'package.json' ? { es: ' (el script start de package.json)', en: ' (package.json\'s start script)' } : { es: '', en: '' }
      return fail(`El contenedor arranca ${script.arg}${via.es}, pero ${script.path} no existe en la imagen final.`,
        `The container starts ${script.arg}${via.en}, but ${script.path} does not exist in the final image.`, line)
    }
    return pass
  })
}

/** 1-based line of the final stage's last ENTRYPOINT or CMD, when it has one. */
export function startLine(stage: SimStage): number | null {
  return [...stage.instructions].reverse().find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')?.line ?? null
}
