import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

const isLower = (s: string) => s === s.toLowerCase()
const isUpper = (s: string) => s === s.toUpperCase()

export default defineRule({
  meta: {
    id: 'ConsistentInstructionCasing',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'style',
    dockerfileUtils: 'CASING_INSTRUCTION',
    title: { es: 'Escribe todas las instrucciones con el mismo estilo', en: 'Write every instruction keyword in the same case' },
    what: {
      es: 'Esta instrucción no sigue el estilo (mayúsculas o minúsculas) de la mayoría del Dockerfile.',
      en: 'This instruction keyword does not follow the case (upper or lower) used by most of the Dockerfile.',
    },
    why: {
      es: 'Docker acepta `RUN`, `run` y hasta `Run`, pero mezclarlos hace el archivo más difícil de leer y de revisar. La convención habitual es todo en mayúsculas; BuildKit acepta también un archivo entero en minúsculas, siempre que sea coherente.',
      en: 'Docker accepts `RUN`, `run` and even `Run`, but mixing them makes the file harder to read and review. The usual convention is all uppercase; BuildKit also accepts a fully lowercase file, as long as it is consistent.',
    },
    fix: {
      es: 'Escribe la instrucción como la mayoría: en mayúsculas (lo habitual) o en minúsculas. Nunca mezcles (`Copy`).',
      en: 'Write the keyword like the majority: uppercase (the usual style) or lowercase. Never mix within a word (`Copy`).',
    },
    examples: {
      bad: [{
        code: 'FROM python:3.12-slim\nWORKDIR /app\ncopy requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCopy . .\nCMD ["python", "app.py"]\n',
        lines: [3, 5],
      }],
      good: [
        { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n' },
        { code: 'from python:3.12-slim\nworkdir /app\ncopy requirements.txt .\nrun pip install --no-cache-dir -r requirements.txt\ncopy . .\ncmd ["python", "app.py"]\n' },
      ],
    },
  },
  check(ctx) {
    // Like BuildKit, only FROM and the instructions inside stages count: ARGs before the first FROM
    // are parsed separately and never checked.
    const checked: Instruction[] = ctx.model.instructions.filter((i) => i.stage >= 0)
    let lower = 0
    let upper = 0
    for (const instr of checked) {
      const k = instr.rawKeyword
      if (isLower(k)) lower++
      else if (isUpper(k)) upper++
    }
    // A tie counts as uppercase.
    const majorityLower = lower > upper
    for (const instr of checked) {
      const k = instr.rawKeyword
      if (majorityLower ? isLower(k) : isUpper(k)) continue
      const wanted = majorityLower ? k.toLowerCase() : k.toUpperCase()
      const casing = majorityLower ? { es: 'minúsculas', en: 'lowercase' } : { es: 'mayúsculas', en: 'uppercase' }
      ctx.report(instr, {
        message: {
          es: `La instrucción '${k}' debería seguir el estilo de la mayoría (${casing.es}): escribe '${wanted}'.`,
          en: `Command '${k}' should match the case of the command majority (${casing.en}).`,
        },
        fix: {
          title: { es: `Cambiar '${k}' por '${wanted}'`, en: `Change '${k}' to '${wanted}'` },
          edits: [{ range: instr.keywordRange, newText: wanted }],
        },
      })
    }
  },
})
