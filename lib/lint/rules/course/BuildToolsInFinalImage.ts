import type { ShellCommand } from '@/lib/shell/parse'
import { commandBase, hasAnyArg } from '../../facts'
import { defineRule } from '../../rule'
import { baseImageOf } from './support/image-facts'

/** Compiler and build-dependency packages by package manager. */
const TOOLCHAIN_PACKAGES = new Set([
  'build-essential', 'gcc', 'g++', 'clang', 'make', 'cmake', 'autoconf', 'automake', 'libtool', 'pkg-config', 'pkgconf',
  'build-base', 'musl-dev', 'libc-dev', 'libc6-dev', 'linux-headers', 'gcc-c++', 'rust', 'cargo', 'golang', 'go',
  'openjdk-17-jdk', 'openjdk-21-jdk', 'default-jdk', 'python3-dev', 'python-dev',
])
const INSTALLERS: Record<string, string[]> = { 'apt-get': ['install'], apt: ['install'], apk: ['add'], dnf: ['install', 'groupinstall'], yum: ['install', 'groupinstall'], microdnf: ['install'] }
const REMOVERS: Record<string, string[]> = { 'apt-get': ['purge', 'remove'], apt: ['purge', 'remove'], apk: ['del'], dnf: ['remove', 'erase'], yum: ['remove', 'erase'], microdnf: ['remove'] }

function packages(cmd: ShellCommand, verbs: string[]): string[] {
  const i = cmd.args.findIndex((a) => verbs.includes(a))
  if (i === -1) return []
  const out: string[] = []
  for (let k = i + 1; k < cmd.args.length; k++) {
    const a = cmd.args[k]!
    if (a === '--virtual' || a === '-t') { out.push(`virtual:${cmd.args[k + 1] ?? ''}`); k++; continue }
    if (!a.startsWith('-')) out.push(a.split(/[=<>~]/)[0]!)
  }
  return out
}

export default defineRule({
  meta: {
    id: 'BuildToolsInFinalImage',
    aliases: [],
    severity: 'warning',
    source: 'stagecraft',
    category: 'size',
    title: { es: 'Herramientas de compilación en la imagen final', en: 'Build tools in the final image' },
    what: {
      es: 'La imagen final lleva compiladores o un SDK que solo hacen falta para construir.',
      en: 'The final image carries compilers or an SDK that are only needed to build.',
    },
    why: {
      es: 'Un SDK o un compilador añade cientos de MB y herramientas que un atacante puede aprovechar. En producción solo necesitas el resultado del build.',
      en: 'An SDK or a compiler adds hundreds of MB and tools an attacker can use. Production only needs the build\'s output.',
    },
    fix: {
      es: 'Usa un build multistage: compila en una etapa con el SDK y copia solo el binario o los artefactos a una imagen mínima (slim, alpine, distroless o scratch).',
      en: 'Use a multistage build: compile in a stage with the SDK and copy only the binary or artifacts into a minimal image (slim, alpine, distroless or scratch).',
    },
    examples: {
      bad: [
        { code: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n', lines: [1] },
        { code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\nCMD ["python"]\n', lines: [2] },
      ],
      good: [
        { code: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' },
        { code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir uvloop==0.19.0 \\\n && apk del .build-deps\n' },
      ],
    },
  },
  check(ctx) {
    const stage = ctx.model.stages[ctx.model.stages.length - 1]
    if (!stage) return
    const image = baseImageOf(ctx.model, stage)
    if (image.isSdk) {
      ctx.report(stage.from, {
        message: {
          es: `${image.ref} es una imagen de build (SDK, ~${Math.round(image.sizeBytes / 1e6)} MB): la imagen final la incluye entera.`,
          en: `${image.ref} is a build image (SDK, ~${Math.round(image.sizeBytes / 1e6)} MB): the final image ships all of it.`,
        },
      })
    }
    for (const instr of stage.instructions) {
      if (instr.keyword !== 'RUN') continue
      const cmds = ctx.facts.commands(instr)
      const installed = new Set<string>()
      const virtualOf = new Map<string, string[]>()
      for (const c of cmds) {
        const verbs = INSTALLERS[commandBase(c)]
        if (!verbs || !hasAnyArg(c, ...verbs)) continue
        const pkgs = packages(c, verbs)
        const virtual = pkgs.find((p) => p.startsWith('virtual:'))
        const tools = pkgs.filter((p) => TOOLCHAIN_PACKAGES.has(p))
        tools.forEach((t) => installed.add(t))
        if (virtual) virtualOf.set(virtual.slice('virtual:'.length), tools)
      }
      for (const c of cmds) {
        const verbs = REMOVERS[commandBase(c)]
        if (!verbs || !hasAnyArg(c, ...verbs)) continue
        for (const p of packages(c, verbs)) {
          installed.delete(p)
          for (const t of virtualOf.get(p) ?? []) installed.delete(t)
        }
      }
      if (installed.size === 0) continue
      const list = [...installed].join(', ')
      ctx.report(instr, {
        message: {
          es: `Este RUN instala ${list} en la imagen final y no lo desinstala en la misma capa.`,
          en: `This RUN installs ${list} in the final image and does not remove it in the same layer.`,
        },
      })
    }
  },
})
