import { BUILTIN_ARGS } from '@/lib/dockerfile/parse'
import type { Instruction, Stage } from '@/lib/dockerfile/types'
import { defineRule, type LocalizedText } from '../../rule'
import { baseImageEnv, COMMON_ENV } from './support/base-image-env'
import { didYouMean } from './support/suggest'
import { argDeclarations, variableReferences } from './support/words'

/** Build args BuildKit never reports (they configure the SBOM scanner). */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE'])
/** COPY/ADD flags whose values BuildKit expands (`--from` is not expanded). */
const EXPANDED_COPY_FLAGS = new Set(['chown', 'chmod', 'checksum'])

/** What a stage has defined at some point: ENV (and base image env), declared ARGs. */
interface Scope {
  /** Names with a value, in definition order: BuildKit's suggestion candidates. */
  env: string[]
  /** Every defined name: env plus ARGs declared without a value. */
  defined: Set<string>
  /** The base image's environment is unknown: only report names that are clearly this file's. */
  unknownBase: boolean
}

function define(scope: Scope, name: string, withValue: boolean): void {
  scope.defined.add(name)
  if (withValue && !scope.env.includes(name)) scope.env.push(name)
}

function cloneScope(s: Scope): Scope {
  return { env: [...s.env], defined: new Set(s.defined), unknownBase: s.unknownBase }
}

function initialScope(stage: Stage, finished: Scope[]): Scope {
  const parent = stage.baseStage !== null ? finished[stage.baseStage] : undefined
  if (parent) return cloneScope(parent)
  const known = baseImageEnv(stage.image)
  if (!known) return { env: ['PATH'], defined: new Set(COMMON_ENV), unknownBase: true }
  return { env: [...known.env], defined: new Set(known.assumed), unknownBase: false }
}

/** The texts of an instruction that BuildKit expands itself, before the instruction takes effect. */
function expandedTexts(instr: Instruction): string[] {
  switch (instr.keyword) {
    case 'ENV':
    case 'LABEL':
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
      return [instr.argsText]
    case 'VOLUME':
      return instr.json ?? [instr.argsText]
    case 'COPY':
    case 'ADD':
      return [
        ...(instr.json ?? [instr.argsText]),
        ...instr.flags.filter((f) => EXPANDED_COPY_FLAGS.has(f.name.toLowerCase()) && f.value !== null).map((f) => f.value!),
      ]
    case 'RUN':
      // Only the --mount options: the command itself is expanded by the shell at run time.
      return instr.flags.filter((f) => f.name.toLowerCase() === 'mount' && f.value !== null).map((f) => f.value!)
    default:
      return []
  }
}

export default defineRule({
  meta: {
    id: 'UndefinedVar',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    title: { es: 'Define las variables antes de usarlas', en: 'Define variables before using them' },
    what: {
      es: 'Esta instrucción usa una variable que no está definida en este punto de la etapa.',
      en: 'This instruction uses a variable that is not defined at this point of the stage.',
    },
    why: {
      es: 'En ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, ARG y los `--mount` de RUN es Docker quien sustituye las variables, y una variable sin definir se convierte en una cadena vacía sin ningún aviso: `COPY $SRC_DIR /app/` copia todo el contexto y `ENV PATH=$PAHT:/app/bin` borra el PATH. Suele ser una errata, un ARG global que no se ha vuelto a declarar dentro de la etapa o una variable definida más abajo.',
      en: 'In ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, ARG and RUN `--mount` options it is Docker that substitutes variables, and an undefined variable silently becomes an empty string: `COPY $SRC_DIR /app/` copies the whole context and `ENV PATH=$PAHT:/app/bin` wipes PATH. It is usually a typo, a global ARG that was not re-declared inside the stage, or a variable defined further down.',
    },
    fix: {
      es: 'Corrige la errata, declara la variable con `ARG` o `ENV` antes de usarla, o vuelve a declarar el ARG global dentro de la etapa (`ARG NOMBRE`, sin valor).',
      en: 'Fix the typo, declare the variable with `ARG` or `ENV` before using it, or re-declare the global ARG inside the stage (`ARG NAME`, without a value).',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nCOPY $SRC_DIR /app/\nENV PATH=$PAHT:/app/bin\n', lines: [2, 3] }],
      good: [
        { code: 'FROM alpine:3.20\nARG SRC_DIR=.\nCOPY $SRC_DIR /app/\nENV PATH=$PATH:/app/bin\nRUN echo "$NOT_CHECKED_IN_RUN"\n' },
        {
          code: 'ARG APP_VERSION=1.4.0\nFROM python:3.12-slim\nARG APP_VERSION\nLABEL org.opencontainers.image.version=$APP_VERSION python=$PYTHON_VERSION\n',
          note: {
            es: 'El ARG global se vuelve a declarar dentro de la etapa, y PYTHON_VERSION lo define la imagen base.',
            en: 'The global ARG is re-declared inside the stage, and PYTHON_VERSION comes from the base image.',
          },
        },
      ],
    },
  },
  check(ctx) {
    const { model } = ctx
    const escape = model.escape
    const globalArgs = new Set(model.globalArgs.flatMap((a) => argDeclarations(a.argsText, escape).map((d) => d.key)))
    // Names this Dockerfile declares somewhere: with an unknown base image, only these (or typos of
    // known names) are reported, since the image may define anything else.
    const declaredAnywhere = new Set<string>([...globalArgs, ...Object.keys(BUILTIN_ARGS)])
    for (const i of model.instructions) {
      if (i.keyword === 'ENV') for (const p of i.pairs) declaredAnywhere.add(p.key)
      if (i.keyword === 'ARG') for (const d of argDeclarations(i.argsText, escape)) declaredAnywhere.add(d.key)
    }

    const finished: Scope[] = []
    for (const stage of model.stages) {
      const scope = initialScope(stage, finished)
      const report = (instr: Instruction, name: string) => {
        if (scope.defined.has(name) || NON_ENV_ARGS.has(name)) return
        const suggestion = didYouMean(name, scope.env)
        if (scope.unknownBase && !suggestion && !declaredAnywhere.has(name)) return
        ctx.report(instr, { message: undefinedMessage(name, suggestion, hint(stage, instr, name, globalArgs, escape)) })
      }
      for (const instr of stage.instructions) {
        if (instr.keyword === 'ARG') {
          // Each default is expanded with the ARGs before it, including earlier ones on the same line.
          for (const { key, raw } of argDeclarations(instr.argsText, escape)) {
            if (raw !== null) for (const name of variableReferences(raw, escape)) report(instr, name)
            define(scope, key, raw !== null || globalArgs.has(key))
          }
          continue
        }
        // Every word is expanded before the instruction runs: `ENV A=1 B=$A` does not see the new A.
        for (const text of expandedTexts(instr)) for (const name of variableReferences(text, escape)) report(instr, name)
        if (instr.keyword === 'ENV') for (const p of instr.pairs) define(scope, p.key, true)
      }
      finished[stage.index] = scope
    }
  },
})

function undefinedMessage(name: string, suggestion: string | null, extra: LocalizedText | null): LocalizedText {
  const es = `Uso de la variable no definida '$${name}'${suggestion ? ` (¿querías decir $${suggestion}?)` : ''}`
  const en = `Usage of undefined variable '$${name}'${suggestion ? ` (did you mean $${suggestion}?)` : ''}`
  return extra ? { es: `${es}: ${extra.es}`, en: `${en}: ${extra.en}` } : { es: `${es}.`, en: `${en}.` }
}

/** Why the variable is not visible here, when there is a common explanation. */
function hint(stage: Stage, instr: Instruction, name: string, globalArgs: Set<string>, escape: string): LocalizedText | null {
  if (globalArgs.has(name) || Object.hasOwn(BUILTIN_ARGS, name)) {
    const kind = globalArgs.has(name) ? { es: 'un ARG global', en: 'a global ARG' } : { es: 'un ARG predefinido', en: 'a predefined ARG' }
    return {
      es: `es ${kind.es} y hay que volver a declararlo dentro de la etapa con \`ARG ${name}\`.`,
      en: `it is ${kind.en}, so re-declare it inside the stage with \`ARG ${name}\`.`,
    }
  }
  const later = stage.instructions.find((i) => i.index > instr.index && (
    (i.keyword === 'ENV' && i.pairs.some((p) => p.key === name)) || (i.keyword === 'ARG' && argDeclarations(i.argsText, escape).some((d) => d.key === name))))
  if (later) {
    const line = later.range.start.line + 1
    return { es: `se define más abajo, en la línea ${line}; mueve la definición antes de su uso.`, en: `it is defined later, on line ${line}; move the definition before its use.` }
  }
  return null
}
