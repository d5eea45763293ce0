/**
 * What RUN commands leave on disk: package installs (apt, apk, dnf, pip, npm, yarn, pnpm, go,
 * cargo, maven, gradle), their caches and index lists, known build outputs, and file commands
 * (rm, cp, mv, chmod/chown/touch copy-ups, mkdir, downloads, archives, useradd…).
 *
 * Figures: ../shared/reference/build-semantics.md §5. apt sizes are Debian's Installed-Size
 * (MiB, measured with apt's solver on bookworm) × 0.7, because Installed-Size over-states layer
 * bytes by ≈30 % (§5.1). Everything here is an estimate, and each reason says so ("≈").
 */
import { parseShell, type ShellCommand } from '@/lib/shell/parse'
import { formatBytes, t } from './text'
import type { Tag, Text } from './types'

const MB = 1_000_000
const MIB = 1_048_576
const APT_FACTOR = 0.7

// ---------------------------------------------------------------------------------------------
// Package tables

interface AptPackage {
  /** Installed-Size MiB with --no-install-recommends and with recommends. */
  norec: number
  rec: number
  path: string
  tags?: Tag[]
  bins?: string[]
}

/** §5.1 table (MiB) plus a few common packages (est.). */
const APT: Record<string, AptPackage> = {
  curl: { norec: 11.4, rec: 15.0, path: '/usr/bin/curl' },
  'ca-certificates': { norec: 2.7, rec: 2.7, path: '/etc/ssl/certs' },
  wget: { norec: 3.5, rec: 12.4, path: '/usr/bin/wget' },
  git: { norec: 57.3, rec: 71.6, path: '/usr/lib/git-core', tags: ['build-tool'], bins: ['/usr/bin/git'] },
  'build-essential': { norec: 261.6, rec: 337.0, path: '/usr/lib/gcc', tags: ['compiler'], bins: ['/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/cc', '/usr/bin/make'] },
  gcc: { norec: 175, rec: 230, path: '/usr/lib/gcc', tags: ['compiler'], bins: ['/usr/bin/gcc', '/usr/bin/cc'] },
  'g++': { norec: 210, rec: 270, path: '/usr/lib/gcc', tags: ['compiler'], bins: ['/usr/bin/g++', '/usr/bin/c++'] },
  clang: { norec: 300, rec: 330, path: '/usr/lib/llvm', tags: ['compiler'], bins: ['/usr/bin/clang'] },
  'libc6-dev': { norec: 25.5, rec: 26, path: '/usr/include', tags: ['compiler'] },
  make: { norec: 1.5, rec: 1.8, path: '/usr/bin/make', tags: ['build-tool'] },
  cmake: { norec: 30, rec: 35, path: '/usr/share/cmake', tags: ['build-tool'], bins: ['/usr/bin/cmake'] },
  'pkg-config': { norec: 1, rec: 1, path: '/usr/bin/pkg-config', tags: ['build-tool'] },
  'libpq-dev': { norec: 19.3, rec: 40, path: '/usr/include/postgresql' },
  'libssl-dev': { norec: 12, rec: 12, path: '/usr/include/openssl' },
  'libffi-dev': { norec: 1, rec: 1, path: '/usr/include/ffi.h' },
  python3: { norec: 31.9, rec: 34.9, path: '/usr/lib/python3', tags: ['python-runtime'], bins: ['/usr/bin/python3'] },
  'python3-pip': { norec: 13.8, rec: 373.4, path: '/usr/lib/python3/dist-packages/pip', bins: ['/usr/bin/pip3'] },
  'python3-venv': { norec: 5, rec: 5, path: '/usr/lib/python3/venv' },
  'python3-dev': { norec: 40, rec: 45, path: '/usr/include/python3', tags: ['compiler'] },
  nodejs: { norec: 60, rec: 62, path: '/usr/lib/nodejs', tags: ['node-runtime'], bins: ['/usr/bin/node'] },
  npm: { norec: 161.1, rec: 759.1, path: '/usr/share/nodejs', bins: ['/usr/bin/npm'] },
  'openjdk-17-jre-headless': { norec: 218.6, rec: 272.7, path: '/usr/lib/jvm', tags: ['jre'], bins: ['/usr/bin/java'] },
  'openjdk-17-jdk-headless': { norec: 294.0, rec: 348.1, path: '/usr/lib/jvm', tags: ['jdk'], bins: ['/usr/bin/java', '/usr/bin/javac'] },
  'default-jre-headless': { norec: 218.6, rec: 272.7, path: '/usr/lib/jvm', tags: ['jre'], bins: ['/usr/bin/java'] },
  'default-jdk-headless': { norec: 294.0, rec: 348.1, path: '/usr/lib/jvm', tags: ['jdk'], bins: ['/usr/bin/java', '/usr/bin/javac'] },
  'golang-go': { norec: 230, rec: 300, path: '/usr/lib/go', tags: ['go-toolchain', 'compiler'], bins: ['/usr/bin/go'] },
  rustc: { norec: 200, rec: 250, path: '/usr/lib/rustlib', tags: ['rust-toolchain', 'compiler'], bins: ['/usr/bin/rustc'] },
  cargo: { norec: 30, rec: 40, path: '/usr/bin/cargo', tags: ['rust-toolchain', 'build-tool'] },
  nginx: { norec: 15.0, rec: 15.4, path: '/usr/sbin/nginx', bins: ['/etc/nginx/nginx.conf'] },
  'postgresql-client': { norec: 18.7, rec: 19.3, path: '/usr/lib/postgresql', bins: ['/usr/bin/psql'] },
  vim: { norec: 39.8, rec: 39.9, path: '/usr/share/vim', bins: ['/usr/bin/vim'] },
  procps: { norec: 2.7, rec: 3.6, path: '/usr/bin/ps' },
  unzip: { norec: 0.4, rec: 0.4, path: '/usr/bin/unzip' },
  zip: { norec: 0.6, rec: 0.6, path: '/usr/bin/zip' },
  'xz-utils': { norec: 1, rec: 1, path: '/usr/bin/xz' },
  gnupg: { norec: 10, rec: 16, path: '/usr/bin/gpg' },
  jq: { norec: 1.2, rec: 1.2, path: '/usr/bin/jq' },
  tini: { norec: 0.8, rec: 0.8, path: '/usr/bin/tini' },
  'dumb-init': { norec: 0.1, rec: 0.1, path: '/usr/bin/dumb-init' },
  tzdata: { norec: 3.5, rec: 3.5, path: '/usr/share/zoneinfo' },
  'openssh-client': { norec: 5, rec: 7, path: '/usr/bin/ssh' },
  'netcat-openbsd': { norec: 0.2, rec: 0.2, path: '/usr/bin/nc' },
  'iputils-ping': { norec: 0.3, rec: 0.3, path: '/usr/bin/ping' },
  gosu: { norec: 2.5, rec: 2.5, path: '/usr/sbin/gosu' },
  'libgomp1': { norec: 0.3, rec: 0.3, path: '/usr/lib/x86_64-linux-gnu/libgomp.so.1' },
}
const APT_DEFAULT = { norec: 8, rec: 12 }

interface ApkPackage { mb: number; path: string; tags?: Tag[]; bins?: string[] }

/** §5.2 (est.). */
const APK: Record<string, ApkPackage> = {
  'build-base': { mb: 215, path: '/usr/libexec/gcc', tags: ['compiler'], bins: ['/usr/bin/gcc', '/usr/bin/g++', '/usr/bin/make'] },
  gcc: { mb: 110, path: '/usr/libexec/gcc', tags: ['compiler'], bins: ['/usr/bin/gcc', '/usr/bin/cc'] },
  'g++': { mb: 150, path: '/usr/libexec/gcc', tags: ['compiler'], bins: ['/usr/bin/g++'] },
  clang: { mb: 250, path: '/usr/lib/llvm', tags: ['compiler'], bins: ['/usr/bin/clang'] },
  'musl-dev': { mb: 5, path: '/usr/include', tags: ['compiler'] },
  'libc-dev': { mb: 5, path: '/usr/include', tags: ['compiler'] },
  make: { mb: 0.3, path: '/usr/bin/make', tags: ['build-tool'] },
  cmake: { mb: 40, path: '/usr/share/cmake', tags: ['build-tool'] },
  curl: { mb: 4, path: '/usr/bin/curl' },
  'ca-certificates': { mb: 0.7, path: '/etc/ssl/certs' },
  git: { mb: 15, path: '/usr/libexec/git-core', tags: ['build-tool'], bins: ['/usr/bin/git'] },
  bash: { mb: 2.5, path: '/bin/bash' },
  python3: { mb: 45, path: '/usr/lib/python3', tags: ['python-runtime'], bins: ['/usr/bin/python3'] },
  'py3-pip': { mb: 12, path: '/usr/lib/python3/site-packages/pip', bins: ['/usr/bin/pip3'] },
  'python3-dev': { mb: 30, path: '/usr/include/python3', tags: ['compiler'] },
  nodejs: { mb: 60, path: '/usr/bin/node', tags: ['node-runtime'] },
  npm: { mb: 12, path: '/usr/lib/node_modules/npm', bins: ['/usr/bin/npm'] },
  openssl: { mb: 2, path: '/usr/bin/openssl' },
  'openssl-dev': { mb: 8, path: '/usr/include/openssl' },
  tzdata: { mb: 3.5, path: '/usr/share/zoneinfo' },
  'libc6-compat': { mb: 0.1, path: '/lib/ld-linux-x86-64.so.2' },
  'gcompat': { mb: 0.2, path: '/lib/ld-linux-x86-64.so.2' },
  'openjdk17-jre': { mb: 200, path: '/usr/lib/jvm', tags: ['jre'], bins: ['/usr/bin/java'] },
  'openjdk17-jdk': { mb: 300, path: '/usr/lib/jvm', tags: ['jdk'], bins: ['/usr/bin/java', '/usr/bin/javac'] },
  'openjdk21-jre': { mb: 210, path: '/usr/lib/jvm', tags: ['jre'], bins: ['/usr/bin/java'] },
  'openjdk21-jdk': { mb: 320, path: '/usr/lib/jvm', tags: ['jdk'], bins: ['/usr/bin/java', '/usr/bin/javac'] },
  'postgresql-client': { mb: 5, path: '/usr/bin/psql' },
  'postgresql-dev': { mb: 15, path: '/usr/include/postgresql' },
  'libpq-dev': { mb: 5, path: '/usr/include/postgresql' },
  'libffi-dev': { mb: 0.5, path: '/usr/include/ffi.h' },
  go: { mb: 220, path: '/usr/lib/go', tags: ['go-toolchain', 'compiler'], bins: ['/usr/bin/go'] },
  rust: { mb: 500, path: '/usr/lib/rustlib', tags: ['rust-toolchain', 'compiler'], bins: ['/usr/bin/rustc'] },
  cargo: { mb: 25, path: '/usr/bin/cargo', tags: ['rust-toolchain', 'build-tool'] },
  tini: { mb: 0.05, path: '/sbin/tini' },
  'dumb-init': { mb: 0.05, path: '/usr/bin/dumb-init' },
  'su-exec': { mb: 0.02, path: '/sbin/su-exec' },
  jq: { mb: 0.5, path: '/usr/bin/jq' },
  nginx: { mb: 3, path: '/usr/sbin/nginx' },
}
const APK_DEFAULT = 5

interface LangPackage { mb: number; cacheMb: number }

/** Installed size and wheel cache (MB), §5.3 (est.). */
const PIP: Record<string, LangPackage> = {
  requests: { mb: 4, cacheMb: 1 }, flask: { mb: 5, cacheMb: 1.5 }, django: { mb: 40, cacheMb: 8 }, numpy: { mb: 65, cacheMb: 16 },
  pandas: { mb: 70, cacheMb: 12 }, scipy: { mb: 110, cacheMb: 35 }, gunicorn: { mb: 1, cacheMb: 0.3 }, uvicorn: { mb: 2, cacheMb: 0.5 },
  fastapi: { mb: 3, cacheMb: 1 }, pydantic: { mb: 7, cacheMb: 2 }, sqlalchemy: { mb: 10, cacheMb: 3 }, 'psycopg2-binary': { mb: 8, cacheMb: 3 },
  psycopg2: { mb: 2, cacheMb: 1 }, 'psycopg[binary]': { mb: 9, cacheMb: 3 }, torch: { mb: 1800, cacheMb: 800 }, tensorflow: { mb: 1500, cacheMb: 500 },
  boto3: { mb: 85, cacheMb: 15 }, pillow: { mb: 12, cacheMb: 4 }, matplotlib: { mb: 40, cacheMb: 10 }, 'scikit-learn': { mb: 40, cacheMb: 12 },
  celery: { mb: 10, cacheMb: 3 }, redis: { mb: 2, cacheMb: 0.5 }, pytest: { mb: 3, cacheMb: 1 }, black: { mb: 5, cacheMb: 2 },
}
const PIP_DEFAULT: LangPackage = { mb: 5, cacheMb: 1.5 }
/** `pip install -r requirements.txt` when the file's content is unknown (est.). */
const PIP_REQUIREMENTS_DEFAULT: LangPackage = { mb: 60, cacheMb: 20 }

/** node_modules size and npm cache (MB) of a dependency with its transitive tree, §5.3 [MEAS] and est. */
const NPM: Record<string, LangPackage> = {
  express: { mb: 2.8, cacheMb: 5.1 }, pg: { mb: 0.4, cacheMb: 0.8 }, dotenv: { mb: 0.1, cacheMb: 0.1 }, typescript: { mb: 30, cacheMb: 21 },
  next: { mb: 300, cacheMb: 125 }, react: { mb: 0.5, cacheMb: 0.3 }, 'react-dom': { mb: 6, cacheMb: 2 }, vite: { mb: 35, cacheMb: 15 },
  webpack: { mb: 30, cacheMb: 12 }, 'webpack-cli': { mb: 3, cacheMb: 1 }, '@angular/cli': { mb: 150, cacheMb: 50 }, eslint: { mb: 15, cacheMb: 7 },
  jest: { mb: 40, cacheMb: 15 }, vitest: { mb: 30, cacheMb: 12 }, prisma: { mb: 60, cacheMb: 25 }, '@prisma/client': { mb: 15, cacheMb: 6 },
  'aws-sdk': { mb: 90, cacheMb: 12 }, mongoose: { mb: 10, cacheMb: 4 }, sequelize: { mb: 8, cacheMb: 3 }, lodash: { mb: 5, cacheMb: 1.5 },
  moment: { mb: 4, cacheMb: 1 }, axios: { mb: 2, cacheMb: 0.8 }, fastify: { mb: 5, cacheMb: 2 }, '@nestjs/core': { mb: 3, cacheMb: 1 },
  sharp: { mb: 30, cacheMb: 10 }, bcrypt: { mb: 3, cacheMb: 1 }, puppeteer: { mb: 300, cacheMb: 10 }, 'ts-node': { mb: 5, cacheMb: 2 },
  tsx: { mb: 10, cacheMb: 4 }, nodemon: { mb: 3, cacheMb: 1 }, tailwindcss: { mb: 8, cacheMb: 3 }, postcss: { mb: 1, cacheMb: 0.4 },
  sass: { mb: 5, cacheMb: 2 }, esbuild: { mb: 10, cacheMb: 4 }, '@vitejs/plugin-react': { mb: 8, cacheMb: 3 }, 'react-scripts': { mb: 200, cacheMb: 70 },
  '@babel/core': { mb: 8, cacheMb: 3 }, vue: { mb: 4, cacheMb: 1.5 }, svelte: { mb: 5, cacheMb: 2 }, 'socket.io': { mb: 3, cacheMb: 1 },
}
const NPM_DEP_DEFAULT: LangPackage = { mb: 3, cacheMb: 1.5 }
const NPM_TYPES: LangPackage = { mb: 0.4, cacheMb: 0.2 }
/** A whole `npm ci` when package.json is unknown (est.): all dependencies vs production only. */
const NPM_ALL_DEFAULT: LangPackage = { mb: 240, cacheMb: 108 }
const NPM_PROD_DEFAULT: LangPackage = { mb: 120, cacheMb: 54 }

// ---------------------------------------------------------------------------------------------
// Effects

export type Effect =
  | { op: 'add'; path: string; bytes: number; kind: 'file' | 'dir'; tags: Tag[]; reason: Text; assumed: boolean; pkg?: string }
  | { op: 'remove'; path: string }
  | { op: 'copyup'; path: string; recursive: boolean; reason: Text; chown?: string; chmod?: string }
  /** `toDir`: the destination is written as a directory (`cp a /usr/local/bin/`, or several sources). */
  | { op: 'copy'; from: string; to: string; toDir?: boolean }
  | { op: 'move'; from: string; to: string; toDir?: boolean }
  | { op: 'purge'; packages: string[] }
  | { op: 'user'; name: string; uid: number | null }
  | { op: 'group'; name: string }
  | { op: 'mkdir'; path: string }

/** What the interpreter needs to know about the stage at this RUN. */
export interface RunEnv {
  workdir: string
  home: string
  /** ENV and ARG values in scope. */
  vars: { get(name: string): string | undefined }
  packageManager: 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum' | null
  /** True for Ubuntu bases (larger apt lists). */
  ubuntu: boolean
  /** Reads a context file's text (package.json, requirements.txt, go.mod, Cargo.toml) or null. */
  readContext(path: string): string | null
  /** True when a path (or one under it) exists in the stage so far. */
  exists(path: string): boolean
  /** Size of what is at or under the path in the stage so far. */
  sizeAt(path: string): number
}

export function resolvePath(path: string, env: RunEnv): string {
  let p = expandShellVars(path, env.vars)
  if (p === '~' || p.startsWith('~/')) p = env.home + p.slice(1)
  if (!p.startsWith('/')) p = `${env.workdir.replace(/\/+$/, '')}/${p}`
  return normalizeAbs(p)
}

export function normalizeAbs(path: string): string {
  const parts: string[] = []
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue
    if (seg === '..') parts.pop()
    else parts.push(seg)
  }
  return `/${parts.join('/')}`
}

function expandShellVars(text: string, vars: RunEnv['vars']): string {
  if (!text.includes('$')) return text
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:[:-][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? '')
}

function positional(cmd: ShellCommand, valueFlags: Set<string> = new Set()): string[] {
  const out: string[] = []
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!
    if (a === '--') { out.push(...cmd.args.slice(i + 1)); break }
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=') && valueFlags.has(a)) i++
      continue
    }
    out.push(a)
  }
  return out
}

function flagValue(cmd: ShellCommand, names: string[]): string | null {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!
    for (const n of names) {
      if (a === n) return cmd.args[i + 1] ?? null
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1)
      if (n.length === 2 && a.startsWith(n) && !a.startsWith('--') && a.length > 2) return a.slice(2)
    }
  }
  return null
}

function has(cmd: ShellCommand, ...flags: string[]): boolean {
  return cmd.args.some((a) => flags.includes(a) || flags.some((f) => f.startsWith('--') && a.startsWith(`${f}=`)))
}

function base(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}

const mb = (n: number) => Math.round(n * MB)

// ---------------------------------------------------------------------------------------------
// Interpretation

export interface RunAnalysis {
  effects: Effect[]
  /** Commands the interpreter recognised, for "no known footprint" explanations. */
  recognised: number
}

/** Cleanup patterns that free caches without naming paths. */
const SHELL_WRITE = /(?:^|[^0-9&>])>>?\s*(["']?)([^\s;&|<>"']+)\1/g

/** Interprets a RUN script into filesystem effects, in order. */
export function interpretRun(script: string, env: RunEnv): RunAnalysis {
  const effects: Effect[] = []
  let recognised = 0
  const commands = parseShell(script).commands
  const inline = new Map<string, string>()
  // Files written by redirections (`echo … > /etc/app.conf`, `cat > .npmrc`), applied in script
  // order between the commands, so `… > .npmrc && npm ci && rm .npmrc` leaves nothing behind.
  const writes = [...script.matchAll(SHELL_WRITE)]
    .map((m) => ({ index: m.index ?? 0, target: m[2]! }))
    .filter((w) => !(w.target.startsWith('/dev/') || w.target.startsWith('&') || /^\d+$/.test(w.target)))
  let nextWrite = 0
  let cursor = 0
  const writeUpTo = (position: number) => {
    for (; nextWrite < writes.length && writes[nextWrite]!.index < position; nextWrite++) {
      const target = writes[nextWrite]!.target
      const abs = resolvePath(target, env)
      effects.push(add(abs, 1000, 'file', isSecretPath(abs) ? ['secret'] : [], t(`escrito por una redirección (${target})`, `written by a redirection (${target})`), false))
      recognised++
    }
  }
  for (const cmd of commands) {
    const at = script.indexOf(cmd.name, cursor)
    if (at >= 0) {
      writeUpTo(at)
      cursor = at + cmd.name.length
    }
    const name = base(cmd.name)
    const before = effects.length
    switch (name) {
      case 'apt-get': case 'apt': aptEffects(cmd, env, effects); break
      case 'apk': apkEffects(cmd, env, effects); break
      case 'dnf': case 'yum': case 'microdnf': dnfEffects(cmd, name, env, effects); break
      case 'pip': case 'pip3': pipEffects(cmd, env, effects, cmd.name); break
      case 'python': case 'python3':
        if (cmd.args[0] === '-m' && (cmd.args[1] === 'pip')) pipEffects({ ...cmd, args: cmd.args.slice(2) }, env, effects, cmd.name)
        else if (cmd.args[0] === '-m' && cmd.args[1] === 'venv') {
          const dir = positional({ ...cmd, args: cmd.args.slice(2) })[0]
          if (dir) effects.push(add(resolvePath(dir, env), mb(20), 'dir', [], t(`venv en ${dir} ≈ 20 MB`, `venv at ${dir} ≈ 20 MB`), true))
        }
        break
      case 'npm': case 'yarn': case 'pnpm': nodeEffects(cmd, name, env, effects, inline); break
      case 'npx': nodeBuildTool(cmd.args[0] ?? '', env, effects); break
      case 'tsc': case 'vite': case 'next': case 'ng': case 'webpack': nodeBuildTool(name, env, effects); break
      case 'go': goEffects(cmd, env, effects, inline); break
      case 'cargo': cargoEffects(cmd, env, effects); break
      case 'mvn': case 'mvnw': javaBuild(cmd, 'maven', env, effects); break
      case 'gradle': case 'gradlew': javaBuild(cmd, 'gradle', env, effects); break
      case 'rm': rmEffects(cmd, env, effects); break
      case 'cp': cpEffects(cmd, env, effects); break
      case 'mv': {
        const args = positional(cmd, new Set(['-t', '-S']))
        if (args.length >= 2) {
          const dest = args[args.length - 1]!
          const toDir = dest.endsWith('/') || args.length > 2
          for (const src of args.slice(0, -1)) effects.push({ op: 'move', from: resolvePath(src, env), to: resolvePath(dest, env), toDir })
        }
        break
      }
      case 'chmod': case 'chown': case 'chgrp': case 'touch': case 'setfacl': {
        const args = positional(cmd, new Set(['--reference']))
        const targets = name === 'touch' ? args : args.slice(1)
        const recursive = has(cmd, '-R', '--recursive') || cmd.flags.includes('R')
        for (const p of targets) {
          const abs = resolvePath(p, env)
          const spec = args[0] !== undefined ? expandShellVars(args[0], env.vars) : ''
          const perms = !spec ? {} : name === 'chown' ? { chown: spec } : name === 'chgrp' ? { chown: `:${spec}` } : name === 'chmod' ? { chmod: spec } : {}
          const earlier = effects.some((e) => (e.op === 'mkdir' || e.op === 'add') && (e.path === abs || e.path.startsWith(`${abs}/`)))
          if (env.exists(abs) || earlier) effects.push({ op: 'copyup', path: abs, recursive, reason: t(`${name} ${p}: copia los archivos a la nueva capa`, `${name} ${p}: copies the files into the new layer`), ...perms })
          else if (name === 'touch') effects.push(add(abs, 0, 'file', [], t(`touch ${p}`, `touch ${p}`), false))
        }
        break
      }
      case 'mkdir': for (const p of positional(cmd, new Set(['-m']))) effects.push({ op: 'mkdir', path: resolvePath(p, env) }); break
      case 'ln': {
        const args = positional(cmd, new Set(['-t', '-S']))
        if (args.length >= 2) effects.push(add(resolvePath(args[args.length - 1]!, env), 0, 'file', [], t(`enlace ${args[args.length - 1]}`, `link ${args[args.length - 1]}`), false))
        break
      }
      case 'curl': case 'wget': downloadEffects(cmd, name, env, effects); break
      case 'tar': case 'unzip': extractEffects(cmd, name, env, effects); break
      case 'git': if (cmd.args[0] === 'clone') {
        const args = positional({ ...cmd, args: cmd.args.slice(1) }, new Set(['-b', '--branch', '--depth', '-c', '--config']))
        const url = args[0] ?? ''
        const dir = args[1] ?? base(url).replace(/\.git$/, '')
        const shallow = has(cmd, '--depth')
        if (dir) effects.push(add(resolvePath(dir, env), mb(shallow ? 5 : 20), 'dir', ['vcs', 'source'], t(`git clone ${url} ≈ ${shallow ? 5 : 20} MB con .git`, `git clone ${url} ≈ ${shallow ? 5 : 20} MB with .git`), true))
      }
        break
      case 'useradd': case 'adduser': userEffects(cmd, name, effects); break
      case 'groupadd': case 'addgroup': {
        const args = positional(cmd, new Set(['-g', '--gid', '-K']))
        const group = name === 'addgroup' && args.length === 2 ? null : args[args.length - 1] ?? null
        if (group) effects.push({ op: 'group', name: group })
        break
      }
      case 'export': for (const a of cmd.args) { const eq = a.indexOf('='); if (eq > 0) inline.set(a.slice(0, eq), a.slice(eq + 1)) } break
      default: break
    }
    if (effects.length > before || KNOWN_NOOPS.has(name)) recognised++
  }
  writeUpTo(Number.POSITIVE_INFINITY)
  return { effects, recognised }
}

const KNOWN_NOOPS = new Set(['echo', 'printf', 'true', 'set', 'cd', 'test', '[', 'sleep', 'id', 'whoami', 'ls', 'cat', 'env', 'which', 'command', 'sh', 'bash'])

function add(path: string, bytes: number, kind: 'file' | 'dir', tags: Tag[], reason: Text, assumed: boolean, pkg?: string): Effect {
  return pkg ? { op: 'add', path, bytes, kind, tags, reason, assumed, pkg } : { op: 'add', path, bytes, kind, tags, reason, assumed }
}

// --- apt

function aptEffects(cmd: ShellCommand, env: RunEnv, out: Effect[]): void {
  const sub = positional(cmd, new Set(['-o', '-t', '-c']))[0]
  if (sub === 'update') {
    const bytes = env.ubuntu ? 40 * MB : 19.9 * MB
    out.push(add('/var/lib/apt/lists', Math.round(bytes), 'dir', ['apt-lists'],
      t(`apt-get update: índices en /var/lib/apt/lists ≈ ${formatBytes(bytes)}`, `apt-get update: package lists in /var/lib/apt/lists ≈ ${formatBytes(bytes)}`), false))
    return
  }
  if (sub === 'install') {
    const norec = has(cmd, '--no-install-recommends') || cmd.args.some((a) => a.includes('Install-Recommends=false') || a.includes('Install-Recommends=0'))
    const pkgs = positional(cmd, new Set(['-o', '-t', '-c'])).slice(1)
    for (const raw of pkgs) {
      const pkg = raw.split('=')[0]!.replace(/:(amd64|arm64|all)$/, '')
      if (!pkg || pkg.endsWith('.deb')) continue
      const known = APT[pkg] ?? inferApt(pkg)
      const mib = norec ? known.norec : known.rec
      const bytes = Math.round(mib * MIB * APT_FACTOR)
      const path = known.path
      out.push(add(path, bytes, 'dir', [...(known.tags ?? []), 'package'],
        t(`apt-get install ${pkg} ≈ ${formatBytes(bytes)}${norec ? '' : ' (con paquetes recomendados)'}`, `apt-get install ${pkg} ≈ ${formatBytes(bytes)}${norec ? '' : ' (with recommended packages)'}`),
        APT[pkg] === undefined, pkg))
      for (const bin of known.bins ?? []) out.push(add(bin, 0, 'file', [...(known.tags ?? [])], t(`${bin} (${pkg})`, `${bin} (${pkg})`), false, pkg))
    }
    return
  }
  if (sub === 'purge' || sub === 'remove' || sub === 'autoremove') {
    const pkgs = positional(cmd, new Set(['-o'])).slice(1).map((p) => p.split('=')[0]!)
    out.push({ op: 'purge', packages: sub === 'autoremove' && pkgs.length === 0 ? ['*auto*'] : pkgs })
    return
  }
  if (sub === 'clean' || sub === 'autoclean') out.push({ op: 'remove', path: '/var/cache/apt/archives/*' })
}

function inferApt(pkg: string): AptPackage {
  if (/^(gcc|g\+\+|cpp)(-\d+)?$/.test(pkg)) return { ...APT.gcc!, path: '/usr/lib/gcc' }
  if (/-dev$/.test(pkg)) return { norec: 5, rec: 8, path: `/usr/include/${pkg.replace(/-dev$/, '')}`, tags: ['compiler'] }
  if (/^openjdk-\d+-jdk/.test(pkg)) return APT['openjdk-17-jdk-headless']!
  if (/^openjdk-\d+-jre/.test(pkg)) return APT['openjdk-17-jre-headless']!
  if (/^python3\.\d+$/.test(pkg)) return APT.python3!
  return { ...APT_DEFAULT, path: `/usr/bin/${pkg}` }
}

// --- apk

function apkEffects(cmd: ShellCommand, env: RunEnv, out: Effect[]): void {
  const sub = positional(cmd, new Set(['-t', '--virtual', '-X', '--repository']))[0]
  const noCache = has(cmd, '--no-cache')
  if (sub === 'update') {
    out.push(add('/var/cache/apk', mb(2.5), 'dir', ['apk-cache'], t('apk update: índice APKINDEX en /var/cache/apk ≈ 2.5 MB', 'apk update: APKINDEX in /var/cache/apk ≈ 2.5 MB'), false))
    return
  }
  if (sub === 'add') {
    const virtual = flagValue(cmd, ['--virtual', '-t'])
    const pkgs = positional(cmd, new Set(['-t', '--virtual', '-X', '--repository'])).slice(1)
    for (const raw of pkgs) {
      const pkg = raw.split(/[=<>~]/)[0]!
      if (!pkg) continue
      const known = APK[pkg] ?? inferApk(pkg)
      const bytes = mb(known.mb)
      out.push(add(known.path, bytes, 'dir', [...(known.tags ?? []), 'package'], t(`apk add ${pkg} ≈ ${formatBytes(bytes)}`, `apk add ${pkg} ≈ ${formatBytes(bytes)}`), APK[pkg] === undefined, virtual ?? pkg))
      for (const bin of known.bins ?? []) out.push(add(bin, 0, 'file', [...(known.tags ?? [])], t(`${bin} (${pkg})`, `${bin} (${pkg})`), false, virtual ?? pkg))
    }
    if (!noCache) out.push(add('/var/cache/apk', mb(2.5), 'dir', ['apk-cache'], t('apk add sin --no-cache: índice en /var/cache/apk ≈ 2.5 MB', 'apk add without --no-cache: index in /var/cache/apk ≈ 2.5 MB'), false))
    return
  }
  if (sub === 'del') {
    out.push({ op: 'purge', packages: positional(cmd).slice(1) })
    return
  }
  if (sub === 'cache' && cmd.args.includes('clean')) out.push({ op: 'remove', path: '/var/cache/apk/*' })
}

function inferApk(pkg: string): ApkPackage {
  if (/-dev$/.test(pkg)) return { mb: 4, path: `/usr/include/${pkg.replace(/-dev$/, '')}`, tags: ['compiler'] }
  if (/^openjdk\d+-jdk/.test(pkg)) return APK['openjdk17-jdk']!
  if (/^openjdk\d+(-jre)?/.test(pkg)) return APK['openjdk17-jre']!
  return { mb: APK_DEFAULT, path: `/usr/bin/${pkg}` }
}

// --- dnf / yum / microdnf

function dnfEffects(cmd: ShellCommand, name: string, env: RunEnv, out: Effect[]): void {
  const sub = positional(cmd)[0]
  if (sub === 'install') {
    for (const pkg of positional(cmd).slice(1)) {
      const known = APT[pkg] ?? inferApt(pkg)
      const bytes = Math.round(known.norec * MIB * APT_FACTOR)
      out.push(add(known.path, bytes, 'dir', [...(known.tags ?? []), 'package'], t(`${name} install ${pkg} ≈ ${formatBytes(bytes)}`, `${name} install ${pkg} ≈ ${formatBytes(bytes)}`), true, pkg))
    }
    out.push(add(`/var/cache/${name === 'yum' ? 'yum' : 'dnf'}`, mb(30), 'dir', ['dnf-cache'], t(`${name}: metadatos en caché ≈ 30 MB`, `${name}: cached metadata ≈ 30 MB`), true))
    return
  }
  if (sub === 'remove' || sub === 'erase') out.push({ op: 'purge', packages: positional(cmd).slice(1) })
  if (sub === 'clean') out.push({ op: 'remove', path: `/var/cache/${name === 'yum' ? 'yum' : 'dnf'}` })
}

// --- pip

function pipEffects(cmd: ShellCommand, env: RunEnv, out: Effect[], invokedAs: string): void {
  const sub = positional(cmd, new Set(['-r', '--requirement', '-c', '-t', '--target', '--prefix', '-i', '--index-url', '--cache-dir']))[0]
  if (sub === 'uninstall') {
    out.push({ op: 'purge', packages: positional(cmd).slice(1).map((p) => `pip:${p.toLowerCase()}`) })
    return
  }
  if (sub === 'cache' && cmd.args.includes('purge')) {
    out.push({ op: 'remove', path: `${env.home}/.cache/pip` })
    return
  }
  if (sub !== 'install') return
  const noCache = has(cmd, '--no-cache-dir') || isTruthyEnv(env.vars.get('PIP_NO_CACHE_DIR'))
  const target = flagValue(cmd, ['--target', '-t'])
  const prefix = flagValue(cmd, ['--prefix'])
  const user = has(cmd, '--user')
  const venv = invokedAs.includes('/bin/pip') || invokedAs.includes('/bin/python') ? invokedAs.slice(0, invokedAs.lastIndexOf('/bin/')) : venvFromPath(env)
  const site = target ? resolvePath(target, env)
    : prefix ? `${resolvePath(prefix, env)}/lib/python3/site-packages`
      : user ? `${env.home}/.local/lib/python3/site-packages`
        : venv ? `${venv}/lib/python3/site-packages` : '/usr/local/lib/python3/site-packages'
  let total: LangPackage = { mb: 0, cacheMb: 0 }
  const names: string[] = []
  const args = cmd.args
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-r' || a === '--requirement' || a.startsWith('--requirement=') || (a.startsWith('-r') && a.length > 2)) {
      const file = a === '-r' || a === '--requirement' ? args[++i] ?? '' : a.startsWith('--requirement=') ? a.slice(14) : a.slice(2)
      const text = env.readContext(file)
      if (text === null) {
        total = sum(total, PIP_REQUIREMENTS_DEFAULT)
        names.push(`-r ${file}`)
      } else {
        for (const line of text.split(/\r?\n/)) {
          const req = line.replace(/#.*/, '').trim()
          if (!req || req.startsWith('-')) continue
          const pkg = req.split(/[\s=<>!~;[]/)[0]!.toLowerCase()
          total = sum(total, PIP[pkg] ?? PIP_DEFAULT)
          names.push(pkg)
        }
      }
      continue
    }
    if (a.startsWith('-')) {
      if (['-c', '-i', '--index-url', '--extra-index-url', '-t', '--target', '--prefix', '--cache-dir', '-f', '--find-links'].includes(a)) i++
      continue
    }
    if (a === 'install') continue
    const pkg = a.split(/[=<>!~;[]/)[0]!.toLowerCase()
    if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('./')) {
      total = sum(total, { mb: 10, cacheMb: 3 })
      names.push(a)
      continue
    }
    if (!pkg) continue
    total = sum(total, PIP[pkg] ?? PIP_DEFAULT)
    names.push(pkg)
  }
  if (names.length === 0) return
  const bytes = mb(total.mb)
  out.push(add(site, bytes, 'dir', ['dependencies', 'package'], t(`pip install ${names.slice(0, 4).join(' ')}${names.length > 4 ? '…' : ''} ≈ ${formatBytes(bytes)}`, `pip install ${names.slice(0, 4).join(' ')}${names.length > 4 ? '…' : ''} ≈ ${formatBytes(bytes)}`), true, `pip:${names.join(',')}`))
  if (!noCache) {
    const cache = mb(total.cacheMb)
    out.push(add(`${env.home}/.cache/pip`, cache, 'dir', ['pip-cache'], t(`caché de pip (sin --no-cache-dir) ≈ ${formatBytes(cache)}`, `pip cache (no --no-cache-dir) ≈ ${formatBytes(cache)}`), true))
  }
}

function venvFromPath(env: RunEnv): string | null {
  const virtual = env.vars.get('VIRTUAL_ENV')
  if (virtual) return virtual
  const first = (env.vars.get('PATH') ?? '').split(':')[0] ?? ''
  return /\/(venv|\.venv|env)\/bin$/.test(first) || first.startsWith('/opt/venv') ? first.replace(/\/bin$/, '') : null
}

function isTruthyEnv(v: string | undefined): boolean {
  return v !== undefined && v !== '' && !/^(0|false|no)$/i.test(v)
}

function sum(a: LangPackage, b: LangPackage): LangPackage {
  return { mb: a.mb + b.mb, cacheMb: a.cacheMb + b.cacheMb }
}

// --- npm / yarn / pnpm

interface PackageJson {
  dependencies: string[]
  devDependencies: string[]
  scripts: Record<string, string>
  name: string | null
}

function readPackageJson(env: RunEnv): PackageJson | null {
  const rel = env.workdir === '/' ? 'package.json' : 'package.json'
  const text = env.readContext(rel)
  if (text === null) return null
  try {
    const json = JSON.parse(text) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; scripts?: Record<string, string>; name?: string }
    return {
      dependencies: Object.keys(json.dependencies ?? {}),
      devDependencies: Object.keys(json.devDependencies ?? {}),
      scripts: json.scripts ?? {},
      name: typeof json.name === 'string' ? json.name : null,
    }
  } catch {
    return null
  }
}

function depsSize(names: string[]): LangPackage {
  let total: LangPackage = { mb: 0, cacheMb: 0 }
  for (const n of names) total = sum(total, NPM[n] ?? (n.startsWith('@types/') ? NPM_TYPES : NPM_DEP_DEFAULT))
  return total
}

function nodeEffects(cmd: ShellCommand, tool: 'npm' | 'yarn' | 'pnpm', env: RunEnv, out: Effect[], inline: Map<string, string>): void {
  const args = positional(cmd, new Set(['--prefix', '-w', '--workspace', '--cache', '--registry']))
  const sub = args[0] ?? (tool === 'yarn' ? 'install' : '')
  const production = has(cmd, '--production', '--omit=dev', '--prod', '-P') || cmd.args.some((a) => /^--only=prod(uction)?$/.test(a) || a === '--omit=dev')
    || env.vars.get('NODE_ENV') === 'production' || inline.get('NODE_ENV') === 'production' || cmd.env?.NODE_ENV === 'production'
  const cacheDir = tool === 'npm' ? `${env.home}/.npm` : tool === 'yarn' ? (env.home === '/root' ? '/usr/local/share/.cache/yarn' : `${env.home}/.cache/yarn`) : `${env.home}/.local/share/pnpm/store`
  const cacheTag: Tag = tool === 'npm' ? 'npm-cache' : tool === 'yarn' ? 'yarn-cache' : 'pnpm-store'
  if ((tool === 'npm' && sub === 'cache' && args.includes('clean')) || (tool === 'yarn' && sub === 'cache' && args.includes('clean')) || (tool === 'pnpm' && sub === 'store' && args.includes('prune'))) {
    out.push({ op: 'remove', path: cacheDir })
    return
  }
  const config = tool !== 'npm' ? null : sub === 'set' ? ['set', ...args.slice(1)] : sub === 'config' || sub === 'c' ? args.slice(1) : null
  if (config && (config[0] === 'set' || config[0] === 'delete')) {
    // `npm config set //npm.pkg.github.com/:_authToken <token>` writes the credential into an npmrc file.
    const key = (config[1] ?? '').split('=')[0]!
    if (!/_auth|token|password/i.test(key)) return
    const location = flagValue(cmd, ['--location', '-L']) ?? (has(cmd, '-g', '--global') ? 'global' : 'user')
    const file = location === 'project' ? `${env.workdir.replace(/\/$/, '')}/.npmrc` : location === 'global' ? '/usr/local/etc/npmrc' : `${env.home}/.npmrc`
    if (config[0] === 'delete') out.push({ op: 'remove', path: file })
    else out.push(add(file, 200, 'file', ['secret'], t(`npm config set ${key}: guarda la credencial en ${file}`, `npm config set ${key}: stores the credential in ${file}`), false))
    return
  }
  if (sub === 'prune' && (production || tool !== 'npm')) {
    const pkg = readPackageJson(env)
    const size = pkg ? depsSize(pkg.dependencies) : NPM_PROD_DEFAULT
    out.push(add(`${env.workdir.replace(/\/$/, '')}/node_modules`, mb(size.mb), 'dir', ['dependencies'], t(`${tool} prune: solo dependencias de producción ≈ ${formatBytes(mb(size.mb))}`, `${tool} prune: production dependencies only ≈ ${formatBytes(mb(size.mb))}`), pkg === null))
    return
  }
  const isInstall = ['install', 'i', 'ci', 'add', 'clean-install'].includes(sub) || (tool === 'yarn' && sub === 'install')
  if (isInstall) {
    const global = has(cmd, '-g', '--global') || cmd.flags.includes('g') || (tool === 'yarn' && args[0] === 'global')
    const explicit = args.slice(tool === 'yarn' && args[0] === 'global' ? 2 : 1).filter((a) => !a.startsWith('-'))
    let size: LangPackage
    let what: string
    let assumed = false
    let dev = false
    if (explicit.length > 0) {
      size = depsSize(explicit.map((e) => e.replace(/(.)@[^/]*$/, '$1')))
      what = explicit.slice(0, 4).join(' ')
    } else {
      const pkg = readPackageJson(env)
      if (pkg) {
        size = depsSize(production ? pkg.dependencies : [...pkg.dependencies, ...pkg.devDependencies])
        dev = !production && pkg.devDependencies.length > 0
      } else {
        size = production ? NPM_PROD_DEFAULT : NPM_ALL_DEFAULT
        assumed = true
        dev = !production
      }
      what = production ? `${sub} (${tool === 'npm' ? '--omit=dev' : '--production'})` : sub
    }
    const modules = global ? (tool === 'npm' ? '/usr/local/lib/node_modules' : '/usr/local/share/.config/yarn/global/node_modules') : `${env.workdir.replace(/\/$/, '')}/node_modules`
    const bytes = mb(size.mb)
    const tags: Tag[] = dev ? ['dependencies', 'dev-dependencies'] : ['dependencies']
    out.push(add(modules, bytes, 'dir', tags,
      t(`${tool} ${what}: node_modules ≈ ${formatBytes(bytes)}${assumed ? ' (sin package.json: valor típico)' : ''}`, `${tool} ${what}: node_modules ≈ ${formatBytes(bytes)}${assumed ? ' (no package.json: typical figure)' : ''}`), assumed))
    const cache = mb(size.cacheMb)
    out.push(add(cacheDir, cache, 'dir', [cacheTag], t(`caché de ${tool} en ${cacheDir} ≈ ${formatBytes(cache)}`, `${tool} cache in ${cacheDir} ≈ ${formatBytes(cache)}`), assumed))
    return
  }
  if (sub === 'run' || sub === 'build' || (tool !== 'npm' && args[0] && !['install', 'add', 'cache', 'prune'].includes(args[0]))) {
    const script = sub === 'run' ? args[1] ?? '' : sub
    if (script !== 'build' && !/build|compile|bundle/.test(script)) return
    const pkg = readPackageJson(env)
    const body = pkg?.scripts[script] ?? ''
    nodeBuildTool(body.split(/\s+/)[0] ?? '', env, out, body)
  }
}

function nodeBuildTool(tool: string, env: RunEnv, out: Effect[], scriptBody = ''): void {
  const w = env.workdir.replace(/\/$/, '')
  let dir = 'dist'
  let bytes = 5 * MB
  const text = `${tool} ${scriptBody}`
  if (/\bnext\b/.test(text)) { dir = '.next'; bytes = 80 * MB } else if (/react-scripts/.test(text)) { dir = 'build'; bytes = 4 * MB } else if (/\bng\b/.test(text)) { dir = 'dist'; bytes = 5 * MB } else if (/\bvite\b/.test(text)) { dir = 'dist'; bytes = 3 * MB } else if (/\btsc\b/.test(text)) { dir = 'dist'; bytes = 2 * MB } else if (!['', 'npm', 'webpack', 'rollup', 'esbuild', 'parcel'].includes(tool) && scriptBody === '' && tool !== 'build') return
  out.push(add(`${w}/${dir}`, bytes, 'dir', ['build-output'], t(`salida de la compilación en ${dir}/ ≈ ${formatBytes(bytes)}`, `build output in ${dir}/ ≈ ${formatBytes(bytes)}`), true))
}

// --- Go

function goEffects(cmd: ShellCommand, env: RunEnv, out: Effect[], inline: Map<string, string>): void {
  const sub = cmd.args[0]
  const gopath = env.vars.get('GOPATH') || '/go'
  const modCache = `${gopath}/pkg/mod`
  const buildCache = env.vars.get('GOCACHE') || `${env.home}/.cache/go-build`
  const modSize = goModSize(env)
  if (sub === 'mod' && cmd.args[1] === 'download') {
    out.push(add(modCache, modSize, 'dir', ['go-mod-cache'], t(`go mod download: módulos en ${modCache} ≈ ${formatBytes(modSize)}`, `go mod download: modules in ${modCache} ≈ ${formatBytes(modSize)}`), true))
    return
  }
  if (sub === 'clean') {
    if (has(cmd, '-cache')) out.push({ op: 'remove', path: buildCache })
    if (has(cmd, '-modcache')) out.push({ op: 'remove', path: modCache })
    return
  }
  if (sub !== 'build' && sub !== 'install') return
  const args = cmd.args.slice(1)
  const o = flagValue({ ...cmd, args }, ['-o'])
  const ldflags = flagValue({ ...cmd, args }, ['-ldflags']) ?? ''
  const stripped = /-s\b/.test(ldflags) && /-w\b/.test(ldflags)
  const binBytes = Math.round((stripped ? 14 : 20) * MB)
  const cgo = cmd.env?.CGO_ENABLED ?? inline.get('CGO_ENABLED') ?? env.vars.get('CGO_ENABLED')
  const cgoOff = cgo === '0'
  // cgo links libc dynamically (net, os/user); Go ≥ 1.20 turns it off when no C compiler is installed (golang:*-alpine).
  const noCompiler = !['/usr/bin/gcc', '/usr/lib/gcc', '/usr/libexec/gcc'].some((p) => env.exists(p))
  const staticLink = cgoOff || (cgo === undefined && noCompiler) || /-extldflags\W+-static/.test(ldflags)
  const name = goModuleName(env) ?? base(env.workdir) ?? 'app'
  let out_: string
  if (sub === 'install') {
    const pkg = positional({ ...cmd, args }, new Set(['-ldflags', '-tags', '-o', '-gcflags']))[0] ?? ''
    out_ = `${gopath}/bin/${base(pkg.replace(/@.*$/, '').replace(/\/\.\.\.$/, '')) || name}`
  } else if (o) {
    out_ = o.endsWith('/') ? `${resolvePath(o, env)}/${name}` : resolvePath(o, env)
  } else out_ = `${env.workdir.replace(/\/$/, '')}/${name || 'app'}`
  const tags: Tag[] = staticLink ? ['binary', 'static', 'build-output'] : ['binary', 'build-output']
  const linkEs = cgoOff ? ', estático (CGO_ENABLED=0)' : staticLink ? ', estático' : ', enlazado dinámicamente con libc (cgo)'
  const linkEn = cgoOff ? ', static (CGO_ENABLED=0)' : staticLink ? ', static' : ', dynamically linked to libc (cgo)'
  out.push(add(out_, binBytes, 'file', tags,
    t(`go ${sub}: binario ${out_} ≈ ${formatBytes(binBytes)}${stripped ? ' (-s -w)' : ''}${linkEs}`, `go ${sub}: binary ${out_} ≈ ${formatBytes(binBytes)}${stripped ? ' (-s -w)' : ''}${linkEn}`), true))
  const cache = 100 * MB
  out.push(add(buildCache, cache, 'dir', ['go-build-cache'], t(`caché de compilación de Go en ${buildCache} ≈ ${formatBytes(cache)}`, `Go build cache in ${buildCache} ≈ ${formatBytes(cache)}`), true))
  if (!env.exists(modCache)) out.push(add(modCache, modSize, 'dir', ['go-mod-cache'], t(`go ${sub} descarga módulos en ${modCache} ≈ ${formatBytes(modSize)}`, `go ${sub} downloads modules into ${modCache} ≈ ${formatBytes(modSize)}`), true))
}

function goModSize(env: RunEnv): number {
  const sumText = env.readContext('go.sum')
  if (sumText !== null) {
    const modules = new Set(sumText.split('\n').map((l) => l.split(' ')[0]).filter(Boolean)).size
    return Math.round(Math.max(0.5, modules * 1.5) * MB)
  }
  return 80 * MB
}

function goModuleName(env: RunEnv): string | null {
  const mod = env.readContext('go.mod')
  const m = mod ? /^module\s+(\S+)/m.exec(mod) : null
  return m ? base(m[1]!) : null
}

// --- Rust

function cargoEffects(cmd: ShellCommand, env: RunEnv, out: Effect[]): void {
  const sub = cmd.args[0]
  const cargoHome = env.vars.get('CARGO_HOME') || `${env.home}/.cargo`
  const registry = `${cargoHome}/registry`
  if (sub !== 'build' && sub !== 'install' && sub !== 'fetch') return
  out.push(add(registry, 150 * MB, 'dir', ['cargo-cache'], t(`registro de crates en ${registry} ≈ 150 MB`, `crate registry in ${registry} ≈ 150 MB`), true))
  if (sub === 'fetch') return
  const toml = env.readContext('Cargo.toml')
  const name = (toml ? /^\s*name\s*=\s*"([^"]+)"/m.exec(toml)?.[1] : null) ?? 'app'
  if (sub === 'install') {
    const crate = positional({ ...cmd, args: cmd.args.slice(1) }, new Set(['--version', '--root', '--path']))[0] ?? name
    out.push(add(`${cargoHome}/bin/${crate}`, 10 * MB, 'file', ['binary'], t(`cargo install ${crate} ≈ 10 MB`, `cargo install ${crate} ≈ 10 MB`), true))
    return
  }
  const release = has(cmd, '--release', '-r')
  const target = `${env.workdir.replace(/\/$/, '')}/target`
  out.push(add(target, (release ? 800 : 1200) * MB, 'dir', ['build-cache'], t(`directorio target/ de cargo ≈ ${release ? '800 MB' : '1.2 GB'}`, `cargo target/ directory ≈ ${release ? '800 MB' : '1.2 GB'}`), true))
  out.push(add(`${target}/${release ? 'release' : 'debug'}/${name}`, 8 * MB, 'file', ['binary', 'build-output'], t(`binario ${name} ≈ 8 MB`, `binary ${name} ≈ 8 MB`), true))
}

// --- Java

function javaBuild(cmd: ShellCommand, tool: 'maven' | 'gradle', env: RunEnv, out: Effect[]): void {
  const w = env.workdir.replace(/\/$/, '')
  const goals = positional(cmd, new Set(['-f', '-s', '-P', '-D', '-p']))
  if (tool === 'maven') {
    out.push(add(`${env.home}/.m2/repository`, 200 * MB, 'dir', ['maven-cache'], t('repositorio local de Maven (~/.m2) ≈ 200 MB', 'Maven local repository (~/.m2) ≈ 200 MB'), true))
    if (goals.some((g) => ['package', 'install', 'verify', 'deploy'].includes(g) || g.includes('spring-boot:repackage'))) {
      out.push(add(`${w}/target`, 60 * MB, 'dir', ['build-output'], t('target/ con el .jar ≈ 60 MB', 'target/ with the .jar ≈ 60 MB'), true))
    }
    return
  }
  out.push(add(`${env.home}/.gradle`, 300 * MB, 'dir', ['gradle-cache'], t('caché de Gradle (~/.gradle) ≈ 300 MB', 'Gradle cache (~/.gradle) ≈ 300 MB'), true))
  if (goals.some((g) => /build|jar|assemble|install/i.test(g))) {
    out.push(add(`${w}/build`, 80 * MB, 'dir', ['build-output'], t('build/ con build/libs/*.jar ≈ 80 MB', 'build/ with build/libs/*.jar ≈ 80 MB'), true))
  }
}

// --- files

function rmEffects(cmd: ShellCommand, env: RunEnv, out: Effect[]): void {
  for (const p of positional(cmd)) out.push({ op: 'remove', path: resolvePath(p, env) })
}

function cpEffects(cmd: ShellCommand, env: RunEnv, out: Effect[]): void {
  const args = positional(cmd, new Set(['-t', '-S', '--target-directory']))
  if (args.length < 2) return
  const dest = resolvePath(args[args.length - 1]!, env)
  const toDir = args[args.length - 1]!.endsWith('/') || args.length > 2
  for (const src of args.slice(0, -1)) out.push({ op: 'copy', from: resolvePath(src, env), to: dest, toDir })
}

function downloadEffects(cmd: ShellCommand, name: string, env: RunEnv, out: Effect[]): void {
  const outFile = name === 'curl' ? flagValue(cmd, ['-o', '--output']) : flagValue(cmd, ['-O', '--output-document'])
  const url = cmd.args.find((a) => /^https?:\/\//.test(a)) ?? ''
  if (outFile === '-' || (!outFile && name === 'curl' && !has(cmd, '-O', '--remote-name') && !cmd.flags.includes('O'))) return
  const file = outFile ?? (base(url.split('?')[0] ?? '') || 'download')
  const abs = resolvePath(file, env)
  out.push(add(abs, 10 * MB, 'file', ['download'], t(`${name} descarga ${base(abs)} (tamaño desconocido: ≈ 10 MB)`, `${name} downloads ${base(abs)} (unknown size: ≈ 10 MB)`), true))
}

function extractEffects(cmd: ShellCommand, name: string, env: RunEnv, out: Effect[]): void {
  if (name === 'tar' && !(cmd.flags.includes('x') || cmd.args.some((a) => /^-?[a-zA-Z]*x/.test(a) && !a.startsWith('--')) || has(cmd, '--extract'))) return
  const dir = name === 'tar' ? flagValue(cmd, ['-C', '--directory']) : flagValue(cmd, ['-d'])
  const archive = name === 'tar' ? flagValue(cmd, ['-f', '--file']) ?? cmd.args.find((a) => /\.(tar|tgz|gz|xz|zst|bz2)$/.test(a)) : positional(cmd, new Set(['-d']))[0]
  const target = resolvePath(dir ?? '.', env)
  const archiveAbs = archive && archive !== '-' ? resolvePath(archive, env) : null
  const known = archiveAbs ? env.sizeAt(archiveAbs) : 0
  const bytes = known > 0 ? known * 3 : 30 * MB
  const path = target === env.workdir.replace(/\/$/, '') || target === '/' ? `${target.replace(/\/$/, '')}/${archiveAbs ? base(archiveAbs).replace(/\.(tar\.\w+|tgz|zip|tar)$/, '') : 'extracted'}` : target
  out.push(add(path, bytes, 'dir', [], t(`${name} extrae ${archive ?? 'un archivo'} ≈ ${formatBytes(bytes)}`, `${name} extracts ${archive ?? 'an archive'} ≈ ${formatBytes(bytes)}`), true))
}

function userEffects(cmd: ShellCommand, name: string, out: Effect[]): void {
  const valueFlags = new Set(['-u', '--uid', '-g', '--gid', '-G', '--groups', '-h', '--home', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '--gecos', '-k', '-K', '-p', '--ingroup', '-e', '-f'])
  const args = positional(cmd, valueFlags)
  const uidText = flagValue(cmd, ['-u', '--uid'])
  const uid = uidText && /^\d+$/.test(uidText) ? Number(uidText) : null
  // useradd takes the login last; adduser (busybox and Debian) takes USER [GROUP].
  const user = name === 'useradd' ? args[args.length - 1] : args[0]
  if (!user) return
  if (name === 'adduser' && args.length === 2 && !has(cmd, '-D', '--disabled-password', '-S', '--system')) {
    // `adduser user group` adds an existing user to a group.
    return
  }
  out.push({ op: 'user', name: user, uid })
  const group = flagValue(cmd, ['-g', '--gid', '-G', '--ingroup'])
  if (name === 'useradd' && !has(cmd, '-N', '--no-user-group')) out.push({ op: 'group', name: user })
  else if (name === 'adduser' && !group && !has(cmd, '-S')) out.push({ op: 'group', name: user })
}

// ---------------------------------------------------------------------------------------------
// Secrets

const SECRET_NAME = /(^|\/)(\.env(\.[\w-]+)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|id_(rsa|dsa|ecdsa|ed25519)|credentials(\.json)?|[^/]+\.(pem|key|p12|pfx|jks|keystore)|secrets?\.(json|ya?ml|env|txt|toml)|service[-_]?account[^/]*\.json|kubeconfig|\.htpasswd)$/i
const NOT_SECRET = /(\.env\.(example|sample|template|dist)|\.pub|public\.(pem|key))$/i

/** True for file names that usually hold credentials (.env, keys, .npmrc with tokens…). */
export function isSecretPath(path: string): boolean {
  if (NOT_SECRET.test(path)) return false
  if (/(^|\/)\.docker\/config\.json$|(^|\/)\.aws\/credentials$|(^|\/)\.ssh\/[^/]+$/.test(path) && !path.endsWith('.pub') && !path.endsWith('known_hosts')) return true
  return SECRET_NAME.test(path)
}
