import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'
import { argDeclarations } from './support/words'

export default defineRule({
  meta: {
    id: 'InvalidDefinitionDescription',
    aliases: [],
    severity: 'off',
    source: 'buildkit',
    category: 'maintainability',
    title: { es: 'Comentarios de descripción con el nombre delante', en: 'Description comments start with the name' },
    what: {
      es: 'El comentario justo encima de este FROM … AS o ARG no empieza por el nombre de la etapa o del argumento.',
      en: 'The comment right above this FROM … AS or ARG does not start with the stage or argument name.',
    },
    why: {
      es: '`docker build --call=outline` y `--call=targets` usan el comentario pegado a un FROM con nombre o a un ARG como su descripción, pero solo si empieza por ese nombre (`# build compila el binario`). Si no, la descripción se pierde, o un comentario que no pretendía serlo acaba pareciéndolo. Es una comprobación experimental de BuildKit.',
      en: '`docker build --call=outline` and `--call=targets` use the comment attached to a named FROM or an ARG as its description, but only if it starts with that name (`# build compiles the binary`). Otherwise the description is lost, or a comment that was not meant as one looks like it. This is an experimental BuildKit check.',
    },
    fix: {
      es: 'Empieza el comentario por el nombre (`# build compila…`, `# VERSION versión de…`), o sepáralo de la instrucción con una línea vacía si no es una descripción.',
      en: 'Start the comment with the name (`# build compiles…`, `# VERSION version of…`), or separate it from the instruction with an empty line if it is not a description.',
    },
    examples: {
      bad: [{ code: '# compiles the binary\nFROM golang:1.22 AS build\nWORKDIR /src\n', lines: [2] }],
      good: [
        { code: '# build compiles the binary\nFROM golang:1.22 AS build\nWORKDIR /src\n' },
        { code: '# Go toolchain image\n\nFROM golang:1.22 AS build\n# GOOS target operating system\nARG GOOS=linux\n' },
      ],
    },
  },
  check(ctx) {
    const comments = new Map(ctx.model.comments.map((c) => [c.line, c.text] as const))
    const check = (instr: Instruction, keyword: string, keys: string[]) => {
      const line = instr.range.start.line - 1
      const text = comments.get(line)
      // Only the comment line directly above counts; a blank line or a bare `#` ends the block.
      if (text === undefined || text === '' || keys.length === 0) return
      if (keys.includes(text.split(' ')[0] ?? '')) return
      const example = keys.length > 1 ? '<arg_key>' : keys[0]!
      const source = ctx.model.lines[line] ?? ''
      const hash = source.indexOf('#')
      const at = hash + 1 + (/^\s*/.exec(source.slice(hash + 1))?.[0].length ?? 0)
      ctx.report(instr, {
        message: {
          es: `El comentario de ${keyword} debería seguir el formato \`# ${example} <descripción>\`; si no es una descripción, déjalo separado por una línea vacía.`,
          en: `Comment for ${keyword} should follow the format: \`# ${example} <description>\`. If it is not a description, separate it with an empty line.`,
        },
        fix: hash === -1 ? null : {
          title: { es: `Empezar el comentario por '${keys[0]}'`, en: `Start the comment with '${keys[0]}'` },
          edits: [{ range: { start: { line, character: at }, end: { line, character: at } }, newText: `${keys[0]} ` }],
        },
      })
    }
    for (const stage of ctx.model.stages) if (stage.name) check(stage.from, 'FROM', [stage.name])
    for (const arg of ctx.facts.byKeyword('ARG')) check(arg, 'ARG', argDeclarations(arg.argsText, ctx.model.escape).map((d) => d.key))
  },
})
