import type { Instruction } from '@/lib/dockerfile/types'
import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { insertAfterSubcommand, isPipInstall } from '../../helpers'
import { runScript } from '../../facts'

const TRUTHY = ['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']

/** pipx and pipenv wrap pip and manage their own caches. */
function isPipWrapper(cmd: ShellCommand): boolean {
  return ['pipx', 'pipenv'].some((w) => cmd.name.includes(w) ||
    (cmd.name.startsWith('python') && cmd.args.some((a, i) => a === '-m' && cmd.args[i + 1] === w)))
}

/** hadolint looks at the first `PIP_NO_CACHE_DIR=` in the RUN text and checks that its value starts truthy. */
function setsNoCacheDirInline(run: Instruction): boolean {
  const text = runScript(run)
  const at = text.indexOf('PIP_NO_CACHE_DIR=')
  if (at === -1) return false
  const value = text.slice(at + 'PIP_NO_CACHE_DIR='.length)
  return TRUTHY.some((t) => value.startsWith(t))
}

export default defineRule({
  meta: {
    id: 'DL3042',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Usa pip install --no-cache-dir', en: 'Use pip install --no-cache-dir' },
    what: {
      es: 'pip install se ejecuta sin `--no-cache-dir`, así que guarda los paquetes descargados en ~/.cache/pip.',
      en: 'pip install runs without `--no-cache-dir`, so it keeps the downloaded packages in ~/.cache/pip.',
    },
    why: {
      es: 'La caché de pip solo sirve para reinstalar más rápido en la misma máquina; en una imagen es peso muerto que se queda en la capa, a menudo decenas de MB (o cientos con librerías científicas).',
      en: "pip's cache only helps reinstall faster on the same machine; in an image it is dead weight left in the layer, often tens of MB (or hundreds with scientific libraries).",
    },
    fix: {
      es: 'Añade `--no-cache-dir` a pip install, define `ENV PIP_NO_CACHE_DIR=1` antes, o monta una caché de BuildKit en /root/.cache/pip para reutilizarla entre builds sin que acabe en la imagen.',
      en: 'Add `--no-cache-dir` to pip install, set `ENV PIP_NO_CACHE_DIR=1` earlier, or mount a BuildKit cache on /root/.cache/pip to reuse it across builds without it ending up in the image.',
    },
    examples: {
      bad: [{
        code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
        lines: [4],
      }],
      good: [
        { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n' },
        { code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
        { code: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n' },
      ],
    },
  },
  check(ctx) {
    const envSaysNoCache = (instr: Instruction) => TRUTHY.includes(ctx.facts.envBefore(instr).get('PIP_NO_CACHE_DIR') ?? '')
    let onbuildEnvSaysNoCache = false
    for (const instr of ctx.model.instructions) {
      const run = instr.trigger ?? instr
      if (instr.trigger?.keyword === 'ENV') {
        const value = instr.trigger.pairs.find((p) => p.key === 'PIP_NO_CACHE_DIR')?.value
        if (value != null) onbuildEnvSaysNoCache = TRUTHY.includes(value)
      }
      if (run.keyword !== 'RUN') continue
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) => isPipInstall(c) && !c.args.includes('--no-cache-dir') && !isPipWrapper(c))
      if (offending.length === 0) continue
      if (envSaysNoCache(instr) || (instr.trigger && onbuildEnvSaysNoCache)) continue
      if (setsNoCacheDirInline(run) || ctx.facts.hasCacheMount(run, '.cache/pip')) continue
      const edits = offending.flatMap((cmd) => insertAfterSubcommand(ctx.model, run, commands, [cmd], 'install', ' --no-cache-dir'))
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Añadir --no-cache-dir', en: 'Add --no-cache-dir' }, edits } : null,
      })
    }
  },
})
