import { baseChain } from '@/lib/dockerfile/graph'
import { copyDestination, copySources } from '@/lib/dockerfile/parse'
import type { Instruction } from '@/lib/dockerfile/types'
import type { ShellCommand } from '@/lib/shell/parse'
import { commandBase, hasAnyArg, hasAnyFlag } from '../../facts'
import { defineRule } from '../../rule'

/** Something an earlier layer created that a later RUN might try to delete. */
interface Created {
  what: string
  line: number
}

const APT = new Set(['apt-get', 'apt', 'aptitude'])
const RPM = new Set(['dnf', 'yum', 'microdnf'])

function packageArgs(cmd: ShellCommand, verb: string[]): string[] {
  const i = cmd.args.findIndex((a) => verb.includes(a))
  if (i === -1) return []
  const out: string[] = []
  for (let k = i + 1; k < cmd.args.length; k++) {
    const a = cmd.args[k]!
    if (a === '-t' || a === '--virtual') { out.push(cmd.args[k + 1] ?? ''); k++; continue }
    if (!a.startsWith('-')) out.push(a.split(/[=<>~]/)[0]!)
  }
  return out.filter(Boolean)
}

function isPip(cmd: ShellCommand): boolean {
  const n = commandBase(cmd)
  return (/^pip[0-9.]*$/.test(n) || (/^python[0-9.]*$/.test(n) && cmd.args[0] === '-m' && /^pip/.test(cmd.args[1] ?? ''))) && cmd.args.includes('install')
}

/** What a RUN creates that cleanup could target (caches, lists, packages). */
function creations(cmds: ShellCommand[], line: number): Map<string, Created> {
  const out = new Map<string, Created>()
  const add = (key: string, what: string) => { if (!out.has(key)) out.set(key, { what, line }) }
  for (const c of cmds) {
    const n = commandBase(c)
    if (APT.has(n) && hasAnyArg(c, 'update')) add('apt-lists', '/var/lib/apt/lists')
    if (APT.has(n) && hasAnyArg(c, 'install')) for (const p of packageArgs(c, ['install'])) add(`pkg:${p}`, p)
    if (n === 'apk' && hasAnyArg(c, 'add')) {
      if (!hasAnyFlag(c, 'no-cache')) add('apk-cache', '/var/cache/apk')
      for (const p of packageArgs(c, ['add'])) add(`pkg:${p}`, p)
    }
    if (RPM.has(n) && hasAnyArg(c, 'install')) {
      add('rpm-cache', `${n} cache`)
      for (const p of packageArgs(c, ['install'])) add(`pkg:${p}`, p)
    }
    if (isPip(c) && !hasAnyFlag(c, 'no-cache-dir')) add('pip-cache', 'pip cache (~/.cache/pip)')
    if (n === 'npm' && (hasAnyArg(c, 'install', 'ci', 'i'))) add('npm-cache', 'npm cache (~/.npm)')
    if (n === 'yarn' && (c.args.length === 0 || hasAnyArg(c, 'install', 'add'))) add('yarn-cache', 'yarn cache')
  }
  return out
}

/** What a RUN deletes, as keys matching `creations` (plus `path:` keys for copied files). */
function deletions(cmds: ShellCommand[], workdir: string): string[] {
  const keys: string[] = []
  for (const c of cmds) {
    const n = commandBase(c)
    if (n === 'rm') {
      for (const a of c.args) {
        if (a.startsWith('-')) continue
        if (a.includes('/var/lib/apt/lists')) keys.push('apt-lists')
        else if (a.includes('/var/cache/apk')) keys.push('apk-cache')
        else if (a.includes('.cache/pip')) keys.push('pip-cache')
        else if (a.includes('/.npm') || a.includes('.npm/_cacache')) keys.push('npm-cache')
        else if (a.includes('/var/cache/dnf') || a.includes('/var/cache/yum')) keys.push('rpm-cache')
        else keys.push(`path:${absolute(a, workdir)}`)
      }
    }
    if (APT.has(n) && hasAnyArg(c, 'purge', 'remove')) for (const p of packageArgs(c, ['purge', 'remove'])) keys.push(`pkg:${p}`)
    if (n === 'apk' && hasAnyArg(c, 'del')) for (const p of packageArgs(c, ['del'])) keys.push(`pkg:${p}`)
    if (RPM.has(n) && hasAnyArg(c, 'remove', 'erase')) for (const p of packageArgs(c, ['remove', 'erase'])) keys.push(`pkg:${p}`)
    if (RPM.has(n) && hasAnyArg(c, 'clean')) keys.push('rpm-cache')
    if (/^pip[0-9.]*$/.test(n) && c.args[0] === 'cache' && hasAnyArg(c, 'purge')) keys.push('pip-cache')
    if (n === 'npm' && c.args[0] === 'cache' && hasAnyArg(c, 'clean')) keys.push('npm-cache')
    if (n === 'yarn' && c.args[0] === 'cache' && hasAnyArg(c, 'clean')) keys.push('yarn-cache')
  }
  return keys
}

function absolute(path: string, workdir: string): string {
  const p = path.replace(/\/+$/, '')
  if (p.startsWith('/')) return p || '/'
  const rel = p.replace(/^\.\/?/, '')
  const base = workdir.replace(/\/+$/, '')
  return rel ? `${base}/${rel}` : base || '/'
}

export default defineRule({
  meta: {
    id: 'CleanupInSeparateLayer',
    aliases: [],
    severity: 'warning',
    source: 'stagecraft',
    category: 'size',
    title: { es: 'Limpia en la misma capa que ensucia', en: 'Clean up in the layer that made the mess' },
    what: {
      es: 'Este RUN borra archivos que creó una capa anterior: no ahorra ni un byte.',
      en: 'This RUN deletes files an earlier layer created: it saves not a single byte.',
    },
    why: {
      es: 'Las capas son de solo lectura y se apilan. Borrar en una capa nueva solo añade una marca de borrado («whiteout»); los bytes siguen en la capa anterior y se descargan igual. Es espacio desperdiciado.',
      en: 'Layers are read-only and stack up. Deleting in a new layer only adds a deletion marker (a whiteout); the bytes stay in the earlier layer and are still downloaded. It is wasted space.',
    },
    fix: {
      es: 'Haz la limpieza en el mismo RUN que instala (encadena con &&), usa opciones sin caché (--no-cache, --no-cache-dir), o instala en una etapa de build y copia solo el resultado.',
      en: 'Clean up in the same RUN that installs (chain with &&), use cache-free options (--no-cache, --no-cache-dir), or install in a build stage and copy only the result.',
    },
    examples: {
      bad: [{
        code: 'FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
        lines: [4],
      }, {
        code: 'FROM python:3.12-alpine\nRUN apk add --no-cache gcc musl-dev\nRUN pip install --no-cache-dir uvloop==0.19.0\nRUN apk del gcc musl-dev\n',
        lines: [4],
      }],
      good: [{
        code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
      }, {
        code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir uvloop==0.19.0 \\\n && apk del .build-deps\n',
      }],
    },
  },
  check(ctx) {
    ctx.eachStage((stage) => {
      const created = new Map<string, Created>()
      const copied = new Map<string, number>()
      let workdir = '/'
      const visit = (instr: Instruction, report: boolean) => {
        if (instr.keyword === 'WORKDIR') workdir = absolute(instr.argsText.trim() || '/', workdir)
        if ((instr.keyword === 'COPY' || instr.keyword === 'ADD') && instr.args.length) {
          const dest = copyDestination(instr)
          const destAbs = absolute(dest, workdir)
          const intoDirectory = dest.endsWith('/') || dest === '.' || copySources(instr).length > 1
          for (const source of copySources(instr)) {
            const base = source.replace(/\/+$/, '').slice(source.replace(/\/+$/, '').lastIndexOf('/') + 1)
            copied.set(intoDirectory ? `${destAbs}/${base}` : destAbs, instr.range.start.line)
          }
        }
        if (instr.keyword !== 'RUN') return
        const cmds = ctx.facts.commands(instr)
        const mine = creations(cmds, instr.range.start.line)
        if (report) {
          const wasted: Array<{ what: string; line: number }> = []
          for (const key of new Set(deletions(cmds, workdir))) {
            if (mine.has(key)) continue
            if (key.startsWith('path:')) {
              const path = key.slice(5)
              for (const [dest, line] of copied) if (path === dest || path.startsWith(`${dest}/`)) wasted.push({ what: path, line })
              continue
            }
            const earlier = created.get(key)
            if (earlier) wasted.push(earlier)
          }
          if (wasted.length) {
            const es = wasted.map((w) => `${w.what} (creado en la línea ${w.line + 1})`).join(', ')
            const en = wasted.map((w) => `${w.what} (created at line ${w.line + 1})`).join(', ')
            ctx.report(instr, {
              message: {
                es: `Este RUN borra ${es}, pero esos bytes siguen en la capa anterior: no ahorra nada.`,
                en: `This RUN deletes ${en}, but those bytes stay in the earlier layer: it saves nothing.`,
              },
            })
          }
        }
        for (const [k, v] of mine) if (!created.has(k)) created.set(k, v)
      }
      for (const base of [...baseChain(ctx.model, stage.index)].reverse()) for (const i of base.instructions) visit(i, false)
      for (const i of stage.instructions) visit(i, true)
    })
  },
})
