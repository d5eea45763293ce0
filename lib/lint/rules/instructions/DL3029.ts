import type { DockerfileModel, Flag } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd',
  'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
])
const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' }

/** A constant platform as containerd's platforms.Parse reads it (os[/arch[/variant]]), or null when it is not one. */
function parsePlatform(value: string): { os: string; arch: string } | null {
  const parts = value.toLowerCase().split('/')
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return null
  const arch = (a: string) => ARCH_ALIASES[a] ?? a
  if (parts.length === 1) return KNOWN_OS.has(parts[0]!) ? { os: parts[0]!, arch: '' } : { os: 'linux', arch: arch(parts[0]!) }
  return { os: parts[0]!, arch: arch(parts[1]!) }
}

/** The flag and the blanks after it, so removing it leaves `FROM image`. */
function flagRemovalRange(model: DockerfileModel, flag: Flag) {
  const line = model.lines[flag.range.end.line] ?? ''
  let end = flag.range.end.character
  while (line[end] === ' ' || line[end] === '\t') end++
  return { start: flag.range.start, end: { line: flag.range.end.line, character: end } }
}

export default defineRule({
  meta: {
    id: 'DL3029',
    aliases: ['FromPlatformFlagConstDisallowed'],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'No fijes la plataforma en FROM', en: 'Do not hard-code the platform in FROM' },
    what: {
      es: 'Este FROM fija la plataforma con `--platform` sin usar $BUILDPLATFORM ni $TARGETPLATFORM.',
      en: 'This FROM pins the platform with `--platform` without using $BUILDPLATFORM or $TARGETPLATFORM.',
    },
    why: {
      es: 'Un `--platform` fijo obliga a construir esa etapa siempre para una sola plataforma: no podrás crear una imagen multiplataforma (amd64 y arm64) y en un Mac con Apple Silicon todo correrá emulado, mucho más lento. La plataforma es una decisión de quien construye, no del Dockerfile.',
      en: 'A fixed `--platform` forces that stage to always build for a single platform: you cannot create a multi-platform image (amd64 and arm64), and on an Apple Silicon Mac everything runs emulated, much slower. The platform is a decision for whoever builds, not for the Dockerfile.',
    },
    fix: {
      es: 'Quita `--platform` y elige la plataforma al construir (`docker build --platform linux/amd64`). En etapas de compilación cruzada usa `--platform=$BUILDPLATFORM`.',
      en: 'Remove `--platform` and choose the platform when building (`docker build --platform linux/amd64`). In cross-compilation stages use `--platform=$BUILDPLATFORM`.',
    },
    examples: {
      bad: [{ code: 'FROM --platform=linux/amd64 debian:12-slim\nRUN echo "solo amd64"\n', lines: [1] }],
      good: [
        {
          code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
          note: { es: 'El compilador corre en la máquina que construye y genera binarios para la plataforma destino.', en: 'The compiler runs on the build machine and produces binaries for the target platform.' },
        },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform')
      if (!flag) continue
      const value = flag.value ?? ''
      const hadolint = !value.includes('BUILDPLATFORM') && !value.includes('TARGETPLATFORM')
      const platform = value.includes('$') ? null : parsePlatform(value)
      const stageName = stage.name ?? ''
      const buildkit = platform !== null && ![platform.os, platform.arch].some((s) => s !== '' && stageName.includes(s))
      if (!hadolint && !buildkit) continue
      ctx.report(stage.from, {
        message: platform
          ? {
            es: `\`--platform=${value}\` es un valor fijo: esta etapa solo se construirá para ${value} y no podrás hacer imágenes multiplataforma.`,
            en: `\`--platform=${value}\` is a constant: this stage will only build for ${value} and you cannot make multi-platform images.`,
          }
          : {
            es: `\`--platform=${value}\` no usa $BUILDPLATFORM ni $TARGETPLATFORM.`,
            en: `\`--platform=${value}\` uses neither $BUILDPLATFORM nor $TARGETPLATFORM.`,
          },
        fix: {
          title: { es: 'Quitar --platform (elígela con docker build --platform)', en: 'Remove --platform (choose it with docker build --platform)' },
          edits: [{ range: flagRemovalRange(ctx.model, flag), newText: '' }],
        },
      })
    }
  },
})
