/**
 * The base-image catalog and its lookup. `lookupImage('node:20-alpine')` resolves the repository,
 * the variant of the tag (full / slim / alpine / distroless :nonroot / :debug…) and returns what
 * the image holds: users, shell, package manager, toolchains, notable paths, size and a source.
 * Images the catalog does not know get a family-based estimate with `known: false`.
 *
 * Sizes are uncompressed on-disk bytes for linux/amd64 (what `docker images` shows), in decimal
 * MB. Figures and tags come from ../shared/reference/build-semantics.md §4 ([RI] = the
 * docker-library repo-info listings, [DL] = the distroless README); "(est.)" marks estimates.
 */
import { parseImageRef } from '@/lib/dockerfile/image-ref'
import type { ImageRef } from '@/lib/dockerfile/types'
import { BUILDPACK_TOOLS, DEFAULT_PATH, FAMILIES, type FamilyBase } from './families'
import type { ImageContent, ImageInfo, PackageManager } from './types'

export type { ContentKind, ImageContent, ImageFamily, ImageInfo, PackageManager } from './types'

const MB = 1_000_000

interface Spec {
  repository: string
  variant: string
  base: FamilyBase
  sizeMB: number
  source: string
  /** Extra users (name → uid) on top of the family's. */
  users?: Record<string, number>
  groups?: string[]
  paths?: string[]
  tools?: string[]
  isSdk?: boolean
  defaultUser?: string
  env?: Record<string, string>
  workdir?: string
  entrypoint?: string[] | null
  cmd?: string[] | null
  contents?: ImageContent[]
  known?: boolean
  note?: { es: string; en: string } | null
  /** Overrides the family's shell (distroless :debug → /busybox/sh). */
  shell?: string | null
  packageManager?: PackageManager
}

function build(ref: string, s: Spec): ImageInfo {
  const uids = { ...s.base.uids, ...(s.users ?? {}) }
  const groups = [...new Set([...s.base.groups, ...(s.groups ?? []), ...Object.keys(s.users ?? {})])]
  const shell = s.shell !== undefined ? s.shell : s.base.shell
  const paths = [...new Set([...s.base.paths, ...(s.paths ?? []), ...(s.contents ?? []).map((c) => c.path)])]
  return {
    ref,
    repository: s.repository,
    variant: s.variant,
    family: s.base.family,
    hasShell: paths.includes('/bin/sh'),
    packageManager: s.packageManager !== undefined ? s.packageManager : s.base.packageManager,
    defaultUser: s.defaultUser ?? 'root',
    users: Object.keys(uids),
    groups,
    paths,
    tools: [...new Set(s.tools ?? [])],
    isSdk: s.isSdk ?? false,
    sizeBytes: Math.round(s.sizeMB * MB),
    source: s.source,
    known: s.known ?? true,
    shell,
    uids,
    env: { PATH: DEFAULT_PATH, ...(s.env ?? {}) },
    workdir: s.workdir ?? '/',
    entrypoint: s.entrypoint ?? null,
    cmd: s.cmd === undefined ? defaultCmd(s.base) : s.cmd,
    contents: s.contents ?? [],
    note: s.note ?? null,
  }
}

function defaultCmd(base: FamilyBase): string[] | null {
  if (base.family === 'debian') return ['bash']
  if (base.family === 'ubuntu' || base.family === 'rhel') return ['/bin/bash']
  if (base.family === 'alpine') return ['/bin/sh']
  if (base.family === 'busybox') return ['sh']
  return null
}

// ---------------------------------------------------------------------------------------------
// Tag reading

type Flavor = 'full' | 'slim' | 'alpine'

interface TagInfo {
  tag: string
  flavor: Flavor
  /** Debian/Ubuntu codename in the tag, if any. */
  codename: string | null
  /** Leading numeric version (`20`, `1.21`, `3.12.1`), or null (`latest`, `lts`). */
  version: string | null
}

const DEBIAN_CODENAMES = ['bookworm', 'bullseye', 'buster', 'trixie', 'stretch']
const UBUNTU_CODENAMES = ['noble', 'jammy', 'focal', 'bionic', 'oracular', 'plucky']

function readTag(tag: string | null): TagInfo {
  const t = (tag ?? 'latest').toLowerCase()
  const flavor: Flavor = /(^|[-.])alpine/.test(t) ? 'alpine' : /(^|-)slim/.test(t) ? 'slim' : 'full'
  const codename = [...DEBIAN_CODENAMES, ...UBUNTU_CODENAMES].find((c) => t.includes(c)) ?? null
  const version = /^v?(\d+(?:\.\d+)*)/.exec(t)?.[1] ?? null
  return { tag: t, flavor, codename, version }
}

function debianBase(info: TagInfo): FamilyBase {
  if (info.codename && UBUNTU_CODENAMES.includes(info.codename)) return info.codename === 'noble' ? FAMILIES['ubuntu-noble'] : FAMILIES.ubuntu
  return FAMILIES.debian
}

function flavorBase(info: TagInfo): FamilyBase {
  return info.flavor === 'alpine' ? FAMILIES.alpine : debianBase(info)
}

const SEM = '../shared/reference/build-semantics.md §4'

// ---------------------------------------------------------------------------------------------
// Catalog: one resolver per repository. Each returns the Spec for a parsed tag.

type Resolver = (tag: TagInfo, ref: ImageRef) => Spec

const RESOLVERS: Record<string, Resolver> = {
  scratch: () => ({
    repository: 'scratch', variant: '', base: FAMILIES.scratch, sizeMB: 0, cmd: null,
    source: `${SEM}: scratch is the empty image, no layers ([D-REF])`,
  }),

  alpine: (t): Spec => {
    const v = t.version ?? 'latest'
    const older = /^3\.(1[0-9])\b/.test(v)
    return {
      repository: 'alpine', variant: '', base: FAMILIES.alpine, sizeMB: older ? 7.4 : 8.3,
      source: older
        ? `${SEM}: alpine:3.19 ≈ 7.4 MB (est., from alpine:3.22.6 = 8.3 MB [RI])`
        : `${SEM}: alpine:3.22.6 = 8.3 MB on disk, 3.8 MB compressed [RI]`,
    }
  },

  busybox: (t) => ({
    repository: 'busybox', variant: t.tag.includes('glibc') ? 'glibc' : t.tag.includes('uclibc') ? 'uclibc' : t.tag.includes('musl') ? 'musl' : '',
    base: FAMILIES.busybox, sizeMB: 4.45, source: `${SEM}: busybox:1.38.0 = 4.45 MB [RI]`,
  }),

  debian: (t): Spec => {
    const slim = t.flavor === 'slim'
    return {
      repository: 'debian', variant: slim ? 'slim' : '', base: FAMILIES.debian, sizeMB: slim ? 74.83 : 116.57,
      source: slim ? `${SEM}: debian:bookworm-slim = 74.83 MB [RI]` : `${SEM}: debian:bookworm = 116.57 MB [RI]`,
    }
  },

  ubuntu: (t): Spec => {
    const noble = t.codename === 'noble' || t.tag === 'latest' || t.tag === 'rolling' || /^2[4-9]\./.test(t.tag)
    return {
      repository: 'ubuntu', variant: '', base: noble ? FAMILIES['ubuntu-noble'] : FAMILIES.ubuntu, sizeMB: 78.16,
      source: noble ? `${SEM}: ubuntu:24.04 = 78.16 MB [RI]` : `${SEM}: ubuntu:22.04 ≈ 78 MB (est.)`,
    }
  },

  node: (t): Spec => {
    const full = t.flavor === 'full'
    const base = flavorBase(t)
    const sizeMB = t.flavor === 'alpine' ? 135 : t.flavor === 'slim' ? 200 : 1100
    const contents: ImageContent[] = [
      { path: '/usr/local/bin/node', bytes: 95 * MB, what: 'Node.js runtime', kind: 'node-runtime' },
      { path: '/usr/local/lib/node_modules/npm', bytes: 12 * MB, what: 'npm', kind: 'package-manager' },
    ]
    if (full) contents.push({ path: '/usr/lib/gcc', bytes: 200 * MB, what: 'C/C++ compiler toolchain (buildpack-deps)', kind: 'compiler' })
    return {
      repository: 'node', variant: t.flavor === 'full' ? '' : t.flavor, base, sizeMB,
      users: { node: 1000 }, groups: ['node'],
      paths: ['/usr/local/bin/node', '/usr/local/bin/npm', '/usr/local/bin/npx', '/usr/local/bin/corepack', '/usr/local/bin/yarn', '/usr/local/bin/docker-entrypoint.sh', '/home/node', '/opt/yarn'],
      tools: ['node', 'npm', 'npx', 'yarn', 'corepack', ...(full ? BUILDPACK_TOOLS : [])],
      isSdk: full,
      env: { NODE_VERSION: t.version ?? '', YARN_VERSION: '1.22.22' },
      entrypoint: ['docker-entrypoint.sh'], cmd: ['node'], contents,
      source: t.flavor === 'alpine'
        ? `${SEM}: node:20-alpine ≈ 130–140 MB (est.; node:22-alpine3.23 = 167.63 MB [RI])`
        : t.flavor === 'slim'
          ? `${SEM}: node:20-slim ≈ 200 MB (est.; node:22-bookworm-slim = 227.34 MB [RI])`
          : `${SEM}: node:20 ≈ 1.1 GB (est.; node:24 bookworm = 1.13 GB [RI]); full tags are buildpack-deps with gcc, make, git, python3`,
    }
  },

  golang: (t): Spec => {
    const full = t.flavor !== 'alpine'
    return {
      repository: 'golang', variant: t.flavor === 'full' ? '' : t.flavor, base: flavorBase(t), sizeMB: full ? 814 : 220,
      paths: ['/usr/local/go/bin/go', '/usr/local/go/bin/gofmt', '/go', '/go/bin', '/go/src'],
      tools: ['go', 'gofmt', ...(full ? BUILDPACK_TOOLS : [])],
      isSdk: true,
      env: { PATH: `/go/bin:/usr/local/go/bin:${DEFAULT_PATH}`, GOPATH: '/go', GOLANG_VERSION: t.version ?? '', GOTOOLCHAIN: 'local' },
      workdir: '/go',
      cmd: full ? ['bash'] : ['/bin/sh'],
      contents: [
        { path: '/usr/local/go', bytes: 210 * MB, what: 'Go toolchain', kind: 'go-toolchain' as const },
        ...(full ? [{ path: '/usr/lib/gcc', bytes: 230 * MB, what: 'C/C++ compiler toolchain (buildpack-deps)', kind: 'compiler' as const }] : []),
      ],
      source: full
        ? `${SEM}: golang:1.21 ≈ 810–815 MB (est.; golang:1.25.13-bookworm = 807.36 MB [RI], layers: debian, curl/git, gcc/g++/make, Go toolchain)`
        : `${SEM}: golang:1.21-alpine ≈ 215–230 MB (est.; golang:1.25.13-alpine3.24 = 215.26 MB [RI]); no gcc in alpine tags`,
    }
  },

  python: (t): Spec => {
    const full = t.flavor === 'full'
    const sizeMB = t.flavor === 'alpine' ? 48.84 : t.flavor === 'slim' ? 127 : 1000
    return {
      repository: 'python', variant: t.flavor === 'full' ? '' : t.flavor, base: flavorBase(t), sizeMB,
      paths: ['/usr/local/bin/python3', '/usr/local/bin/python', '/usr/local/bin/pip', '/usr/local/bin/pip3'],
      tools: ['python', 'python3', 'pip', 'pip3', ...(full ? BUILDPACK_TOOLS : [])],
      isSdk: full,
      env: { PYTHON_VERSION: t.version ?? '', LANG: 'C.UTF-8' },
      cmd: ['python3'],
      contents: [
        { path: '/usr/local/lib/python3', bytes: 55 * MB, what: 'Python runtime and standard library', kind: 'python-runtime' as const },
        ...(full ? [{ path: '/usr/lib/gcc', bytes: 230 * MB, what: 'C/C++ compiler toolchain (buildpack-deps)', kind: 'compiler' as const }] : []),
      ],
      source: t.flavor === 'alpine'
        ? `${SEM}: python:3.12.14-alpine3.23 = 48.84 MB [RI]`
        : t.flavor === 'slim'
          ? `${SEM}: python:3.12-slim ≈ 125–130 MB on bookworm (est.; 3.12.13-slim-trixie = 119.2 MB [RI])`
          : `${SEM}: python:3.12 ≈ 1.0 GB on bookworm (est.; 3.12.14 trixie = 1.11 GB [RI])`,
    }
  },

  rust: (t): Spec => {
    const sizeMB = t.flavor === 'alpine' ? 900 : t.flavor === 'slim' ? 800 : 1450
    return {
      repository: 'rust', variant: t.flavor === 'full' ? '' : t.flavor, base: flavorBase(t), sizeMB,
      paths: ['/usr/local/cargo/bin/cargo', '/usr/local/cargo/bin/rustc', '/usr/local/cargo/bin/rustup', '/usr/local/rustup'],
      tools: ['rustc', 'cargo', 'rustup', 'gcc', 'cc', ...(t.flavor === 'full' ? BUILDPACK_TOOLS : [])],
      isSdk: true,
      env: { PATH: `/usr/local/cargo/bin:${DEFAULT_PATH}`, RUSTUP_HOME: '/usr/local/rustup', CARGO_HOME: '/usr/local/cargo', RUST_VERSION: t.version ?? '' },
      contents: [
        { path: '/usr/local/rustup', bytes: 600 * MB, what: 'Rust toolchain', kind: 'rust-toolchain' },
        { path: '/usr/lib/gcc', bytes: (t.flavor === 'full' ? 230 : 110) * MB, what: 'C compiler and linker', kind: 'compiler' },
      ],
      source: t.flavor === 'alpine'
        ? `${SEM}: rust:1.83-alpine ≈ 0.8–1.0 GB (est.; toolchain ≈ 600 MB + gcc/musl-dev)`
        : t.flavor === 'slim' ? `${SEM}: rust slim ≈ 800 MB (est.)` : `${SEM}: rust:1.83 ≈ 1.4–1.5 GB (est.; rust:1-trixie = 1.65 GB [RI])`,
    }
  },

  nginx: (t) => nginxSpec(t, false),
  'nginxinc/nginx-unprivileged': (t) => nginxSpec(t, true),

  'eclipse-temurin': (t) => javaSpec(t, 'eclipse-temurin'),
  openjdk: (t) => ({
    ...javaSpec({ ...t, tag: t.tag.includes('jre') ? t.tag : `${t.tag}-jdk` }, 'openjdk'),
    sizeMB: t.flavor === 'slim' ? 400 : 470,
    note: {
      es: 'La imagen openjdk está obsoleta desde julio de 2022: usa eclipse-temurin o amazoncorretto.',
      en: 'The openjdk image is deprecated since July 2022: use eclipse-temurin or amazoncorretto.',
    },
    source: `${SEM}: openjdk deprecated since July 2022 (docker-library/openjdk#505); old openjdk:17 ≈ 470 MB (est.)`,
  }),
  amazoncorretto: (t) => ({
    ...javaSpec({ ...t, tag: `${t.tag}-jdk` }, 'amazoncorretto'),
    base: t.flavor === 'alpine' ? FAMILIES.alpine : FAMILIES.rhel,
    sizeMB: t.flavor === 'alpine' ? 300 : 475,
    paths: ['/usr/lib/jvm', '/usr/bin/java', '/usr/bin/javac'],
    env: { JAVA_HOME: '/usr/lib/jvm/java-21-amazon-corretto' },
    source: `${SEM}: amazoncorretto:21 ≈ 450–500 MB (est.), Amazon Linux 2023 base`,
  }),
  maven: (t): Spec => {
    const j = javaSpec({ ...t, tag: 'jdk' }, 'maven')
    return {
      ...j, repository: 'maven', variant: t.flavor === 'alpine' ? 'alpine' : '', sizeMB: t.flavor === 'alpine' ? 420 : 494,
      paths: [...(j.paths ?? []), '/usr/share/maven/bin/mvn', '/usr/bin/mvn', '/root/.m2'],
      tools: [...(j.tools ?? []), 'mvn', 'git'],
      cmd: ['mvn'],
      contents: [...(j.contents ?? []), { path: '/usr/share/maven', bytes: 10 * MB, what: 'Maven', kind: 'build-tool' }],
      source: `${SEM}: maven:3.9.16-eclipse-temurin-26-noble = 493.69 MB [RI]`,
    }
  },
  gradle: (t): Spec => {
    const j = javaSpec({ ...t, tag: 'jdk' }, 'gradle')
    return {
      ...j, repository: 'gradle', variant: t.flavor === 'alpine' ? 'alpine' : '', sizeMB: t.flavor === 'alpine' ? 500 : 650,
      users: { gradle: 1000 }, groups: ['gradle'],
      paths: [...(j.paths ?? []), '/opt/gradle/bin/gradle', '/usr/bin/gradle', '/home/gradle'],
      tools: [...(j.tools ?? []), 'gradle', 'git'],
      cmd: ['gradle'],
      contents: [...(j.contents ?? []), { path: '/opt/gradle', bytes: 140 * MB, what: 'Gradle', kind: 'build-tool' }],
      source: `${SEM}: gradle ≈ JDK image + Gradle ≈ 650 MB (est.)`,
    }
  },

  postgres: (t) => ({
    repository: 'postgres', variant: t.flavor === 'alpine' ? 'alpine' : '', base: flavorBase(t), sizeMB: t.flavor === 'alpine' ? 250 : 430,
    users: { postgres: 999 }, paths: ['/usr/local/bin/docker-entrypoint.sh', '/var/lib/postgresql/data'], tools: ['postgres', 'psql'],
    entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], source: `${SEM}: postgres:16 ≈ 430 MB (est.)`,
  }),
  redis: (t) => ({
    repository: 'redis', variant: t.flavor === 'alpine' ? 'alpine' : '', base: flavorBase(t), sizeMB: t.flavor === 'alpine' ? 40 : 120,
    users: { redis: 999 }, paths: ['/usr/local/bin/redis-server', '/data'], tools: ['redis-server', 'redis-cli'],
    entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], workdir: '/data', source: `${SEM}: redis:7 ≈ 120 MB, alpine ≈ 40 MB (est.)`,
  }),
  httpd: (t) => ({
    repository: 'httpd', variant: t.flavor === 'alpine' ? 'alpine' : '', base: flavorBase(t), sizeMB: t.flavor === 'alpine' ? 60 : 150,
    paths: ['/usr/local/apache2/htdocs', '/usr/local/apache2/bin/httpd'], tools: ['httpd'], cmd: ['httpd-foreground'],
    workdir: '/usr/local/apache2', source: `${SEM}: httpd:2.4 ≈ 150 MB (est.)`,
  }),
  php: (t) => ({
    repository: 'php', variant: t.flavor === 'alpine' ? 'alpine' : '', base: flavorBase(t), sizeMB: t.flavor === 'alpine' ? 110 : 500,
    paths: ['/usr/local/bin/php', '/var/www/html'], tools: ['php', 'gcc', 'make'], isSdk: t.flavor !== 'alpine',
    cmd: ['php', '-a'], workdir: '/var/www/html', source: `${SEM}: php:8.3-fpm ≈ 500 MB (est.)`,
  }),
  ruby: (t) => ({
    repository: 'ruby', variant: t.flavor === 'full' ? '' : t.flavor, base: flavorBase(t),
    sizeMB: t.flavor === 'alpine' ? 90 : t.flavor === 'slim' ? 200 : 1000,
    paths: ['/usr/local/bin/ruby', '/usr/local/bin/gem', '/usr/local/bin/bundle'],
    tools: ['ruby', 'gem', 'bundle', ...(t.flavor === 'full' ? BUILDPACK_TOOLS : [])], isSdk: t.flavor === 'full',
    cmd: ['irb'], source: `${SEM}: ruby:3.3 ≈ 1.0 GB, slim ≈ 200 MB (est.)`,
  }),

  'registry.access.redhat.com/ubi9/ubi': () => ({
    repository: 'registry.access.redhat.com/ubi9/ubi', variant: '', base: FAMILIES.rhel, sizeMB: 215,
    source: 'Red Hat UBI 9 standard ≈ 215 MB (est.)', known: true,
  }),
  'registry.access.redhat.com/ubi9/ubi-minimal': () => ({
    repository: 'registry.access.redhat.com/ubi9/ubi-minimal', variant: 'minimal', base: FAMILIES.rhel, sizeMB: 100, packageManager: 'microdnf',
    source: 'Red Hat UBI 9 minimal ≈ 100 MB (est.)',
  }),
  'registry.access.redhat.com/ubi9/ubi-micro': () => ({
    repository: 'registry.access.redhat.com/ubi9/ubi-micro', variant: 'micro', base: FAMILIES['rhel-micro'], sizeMB: 25,
    source: 'Red Hat UBI 9 micro ≈ 25 MB (est.)',
  }),
}

function nginxSpec(t: TagInfo, unprivileged: boolean): Spec {
  const alpine = t.flavor === 'alpine'
  const repository = unprivileged ? 'nginxinc/nginx-unprivileged' : 'nginx'
  return {
    repository, variant: alpine ? 'alpine' : '', base: flavorBase(t), sizeMB: alpine ? 47 : 187,
    users: { nginx: 101 }, groups: ['nginx'],
    paths: [
      '/usr/sbin/nginx', '/etc/nginx/nginx.conf', '/etc/nginx/conf.d/default.conf', '/usr/share/nginx/html',
      '/usr/share/nginx/html/index.html', '/docker-entrypoint.sh', '/docker-entrypoint.d', '/var/cache/nginx',
    ],
    tools: ['nginx', ...(alpine ? ['curl'] : [])],
    defaultUser: unprivileged ? '101' : 'root',
    env: { NGINX_VERSION: t.version ?? '' },
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'],
    source: alpine
      ? `${SEM}: nginx:alpine ≈ 45–50 MB today (est.; nginx:1.23.3-alpine = 40.70 MB [RI])`
      : `${SEM}: nginx (bookworm builds) ≈ 190 MB (est.; nginx:1.31.3 trixie = 161.33 MB [RI])`
        + (unprivileged ? '; nginx-unprivileged runs as uid 101 (nginx) and listens on 8080' : ''),
  }
}

function javaSpec(t: TagInfo, repository: string): Spec {
  const jre = /(^|-)jre/.test(t.tag)
  const alpine = t.flavor === 'alpine'
  const base = alpine ? FAMILIES.alpine : (t.codename === 'jammy' || t.codename === 'focal') ? FAMILIES.ubuntu : FAMILIES['ubuntu-noble']
  const sizeMB = jre ? (alpine ? 175 : 270) : alpine ? 363.53 : 460
  return {
    repository, variant: [jre ? 'jre' : 'jdk', alpine ? 'alpine' : ''].filter(Boolean).join('-'), base, sizeMB,
    paths: ['/opt/java/openjdk/bin/java', ...(jre ? [] : ['/opt/java/openjdk/bin/javac', '/opt/java/openjdk/bin/jar'])],
    tools: jre ? ['java'] : ['java', 'javac', 'jar', 'jshell'],
    isSdk: !jre,
    env: { JAVA_HOME: '/opt/java/openjdk', PATH: `/opt/java/openjdk/bin:${DEFAULT_PATH}` },
    cmd: jre ? null : ['jshell'],
    contents: [{ path: '/opt/java/openjdk', bytes: (jre ? 150 : 320) * MB, what: jre ? 'Java runtime (JRE)' : 'Java development kit (JDK)', kind: jre ? 'jre' : 'jdk' }],
    source: jre
      ? `${SEM}: eclipse-temurin:21-jre = 318.14 MB on ubuntu 26.04 [RI]; ≈ 270 MB on noble (est.)`
      : alpine ? `${SEM}: eclipse-temurin:21-jdk-alpine = 363.53 MB [RI]` : `${SEM}: eclipse-temurin:21-jdk ≈ 450–480 MB (est.)`,
  }
}

// ---------------------------------------------------------------------------------------------
// gcr.io/distroless/* and cgr.dev/chainguard/*

const DISTROLESS_SIZES: Record<string, { sizeMB: number; source: string }> = {
  static: { sizeMB: 2, source: '[DL] static-debian12 "around 2 MiB"' },
  base: { sizeMB: 20, source: 'distroless/base-debian12 ≈ 20 MB (low confidence, third-party table)' },
  'base-nossl': { sizeMB: 15, source: 'distroless/base-nossl-debian12 ≈ 15 MB (est.)' },
  cc: { sizeMB: 23, source: 'distroless/cc-debian12 ≈ base + libgcc/libstdc++ ≈ 23 MB (est.)' },
  python3: { sizeMB: 55, source: 'distroless/python3-debian12 ≈ 50–60 MB (est.)' },
  java17: { sizeMB: 225, source: 'distroless/java17-debian12 ≈ 225 MB (est.)' },
  java21: { sizeMB: 230, source: 'distroless/java21-debian12 ≈ 230 MB (est.)' },
}

function distrolessSpec(ref: ImageRef, kind: string): Spec {
  const tag = (ref.tag ?? 'latest').toLowerCase()
  const debug = tag.includes('debug')
  const nonroot = tag.includes('nonroot')
  const node = /^nodejs(\d+)$/.exec(kind)
  const java = /^java(\d+)$/.exec(kind)
  const known = node !== null || kind in DISTROLESS_SIZES
  const size = node ? { sizeMB: 160, source: `distroless/nodejs${node[1]}-debian12 ≈ 130–180 MB (est.)` } : DISTROLESS_SIZES[kind] ?? { sizeMB: 20, source: 'unknown distroless flavour: sized like base (est.)' }
  const paths: string[] = []
  const tools: string[] = []
  let entrypoint: string[] | null = null
  const contents: ImageContent[] = []
  if (node) {
    paths.push('/nodejs/bin/node')
    tools.push('node')
    entrypoint = ['/nodejs/bin/node']
    contents.push({ path: '/nodejs/bin/node', bytes: 95 * MB, what: 'Node.js runtime', kind: 'node-runtime' })
  } else if (kind === 'python3') {
    paths.push('/usr/bin/python3', '/usr/bin/python3.11')
    tools.push('python', 'python3')
    entrypoint = ['/usr/bin/python3.11']
    contents.push({ path: '/usr/lib/python3.11', bytes: 30 * MB, what: 'Python runtime and standard library', kind: 'python-runtime' })
  } else if (java) {
    paths.push('/usr/bin/java', '/usr/lib/jvm')
    tools.push('java')
    entrypoint = ['/usr/bin/java', '-jar']
    contents.push({ path: '/usr/lib/jvm', bytes: 190 * MB, what: 'Java runtime (JRE)', kind: 'jre' })
  }
  if (debug) paths.push('/busybox/sh', '/busybox')
  return {
    repository: `gcr.io/distroless/${kind}-debian12`, variant: [debug ? 'debug' : '', nonroot ? 'nonroot' : ''].filter(Boolean).join('-'),
    base: FAMILIES.distroless, sizeMB: size.sizeMB + (debug ? 1.5 : 0), known,
    paths, tools, defaultUser: nonroot ? 'nonroot' : 'root',
    env: { PATH: debug ? `${DEFAULT_PATH}:/busybox` : DEFAULT_PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' },
    workdir: nonroot ? '/home/nonroot' : '/',
    shell: debug ? '/busybox/sh' : null,
    entrypoint: debug && !entrypoint ? ['/busybox/sh'] : entrypoint,
    cmd: null,
    contents,
    source: `${SEM} and the distroless README: ${size.source}; :nonroot runs as nonroot (65532); :debug adds busybox at /busybox/sh`,
  }
}

const CHAINGUARD: Record<string, { sizeMB: number; tools: string[]; paths: string[]; user?: [string, number]; sdk?: boolean; entrypoint?: string[] }> = {
  static: { sizeMB: 1, tools: [], paths: [] },
  'glibc-dynamic': { sizeMB: 8, tools: [], paths: [] },
  'wolfi-base': { sizeMB: 13, tools: [], paths: ['/bin/sh'] },
  busybox: { sizeMB: 4, tools: [], paths: ['/bin/sh'] },
  node: { sizeMB: 150, tools: ['node', 'npm'], paths: ['/usr/bin/node', '/usr/bin/npm'], user: ['node', 65532], entrypoint: ['/usr/bin/node'] },
  python: { sizeMB: 60, tools: ['python', 'python3'], paths: ['/usr/bin/python3', '/usr/bin/python'], entrypoint: ['/usr/bin/python'] },
  go: { sizeMB: 600, tools: ['go', 'gcc'], paths: ['/usr/bin/go', '/usr/bin/gcc'], sdk: true, entrypoint: ['/usr/bin/go'] },
  rust: { sizeMB: 900, tools: ['rustc', 'cargo', 'gcc'], paths: ['/usr/bin/cargo', '/usr/bin/rustc'], sdk: true, entrypoint: ['/usr/bin/cargo'] },
  jdk: { sizeMB: 380, tools: ['java', 'javac'], paths: ['/usr/bin/java', '/usr/bin/javac'], sdk: true },
  jre: { sizeMB: 250, tools: ['java'], paths: ['/usr/bin/java'], entrypoint: ['/usr/bin/java'] },
  nginx: { sizeMB: 30, tools: ['nginx'], paths: ['/usr/sbin/nginx', '/etc/nginx/nginx.conf', '/usr/share/nginx/html'], entrypoint: ['/usr/sbin/nginx'] },
}

function chainguardSpec(ref: ImageRef, name: string): Spec {
  const dev = (ref.tag ?? 'latest').toLowerCase().includes('-dev')
  const entry = CHAINGUARD[name]
  const user = entry?.user
  return {
    repository: `cgr.dev/chainguard/${name}`, variant: dev ? 'dev' : '', base: dev ? FAMILIES['chainguard-dev'] : FAMILIES.chainguard,
    sizeMB: (entry?.sizeMB ?? 50) + (dev ? 25 : 0), known: entry !== undefined,
    users: user ? { [user[0]]: user[1] } : {},
    paths: [...(entry?.paths ?? []), ...(name === 'wolfi-base' || name === 'busybox' ? ['/bin/sh', '/bin/busybox'] : [])],
    tools: entry?.tools ?? [],
    isSdk: entry?.sdk ?? false,
    defaultUser: user?.[0] ?? (name === 'wolfi-base' || name === 'busybox' ? 'root' : 'nonroot'),
    shell: dev || name === 'wolfi-base' || name === 'busybox' ? '/bin/sh' : null,
    packageManager: dev || name === 'wolfi-base' ? 'apk' : null,
    entrypoint: entry?.entrypoint ?? null,
    cmd: null,
    source: `Chainguard images (wolfi): ${name} ≈ ${entry?.sizeMB ?? 50} MB (est.); run as nonroot (65532); only :latest-dev tags have a shell and apk`,
  }
}

// ---------------------------------------------------------------------------------------------
// Unknown images: a family-based estimate

function unknownSpec(ref: ImageRef, full: string): Spec {
  const t = readTag(ref.tag)
  const text = `${full}:${t.tag}`.toLowerCase()
  let base: FamilyBase = FAMILIES.debian
  let sizeMB = 250
  let family = 'debian-like (a common base)'
  if (!full) {
    base = FAMILIES.debian
    family = 'unresolved reference'
  } else if (text.includes('distroless')) {
    base = FAMILIES.distroless; sizeMB = 30; family = 'distroless'
  } else if (text.includes('alpine')) {
    base = FAMILIES.alpine; sizeMB = 60; family = 'alpine'
  } else if (text.includes('slim')) {
    base = FAMILIES.debian; sizeMB = 150; family = 'debian slim'
  } else if (/\bubi\d*|rhel|centos|fedora|rocky|almalinux|amazonlinux/.test(text)) {
    base = FAMILIES.rhel; sizeMB = 220; family = 'rhel'
  } else if (/ubuntu/.test(text)) {
    base = FAMILIES.ubuntu; sizeMB = 120; family = 'ubuntu'
  }
  const sdk = /\b(sdk|jdk|build|builder|devel|dev)\b/.test(text)
  return {
    repository: full, variant: t.flavor === 'full' ? '' : t.flavor, base, sizeMB: sdk ? sizeMB * 2 : sizeMB, known: false,
    isSdk: sdk,
    source: `not in the catalog: estimated from the ${family} family (${sizeMB} MB${sdk ? ', doubled for a build/SDK image' : ''})`,
  }
}

// ---------------------------------------------------------------------------------------------
// Lookup

const cache = new Map<string, ImageInfo>()

/** Full repository name as the catalog keys it: `node`, `gcr.io/distroless/static-debian12`, `cgr.dev/chainguard/node`. */
export function repositoryOf(ref: ImageRef): string {
  let name = ref.name.toLowerCase()
  const registry = ref.registry?.toLowerCase() ?? null
  // Mirrors of Docker Hub official images.
  if ((registry === 'public.ecr.aws' && name.startsWith('docker/library/')) || (registry === 'mirror.gcr.io' && name.startsWith('library/'))) {
    return name.slice(name.indexOf('library/') + 'library/'.length)
  }
  if (registry === null && name.startsWith('library/')) name = name.slice('library/'.length)
  return registry ? `${registry}/${name}` : name
}

/** Resolves an image reference (or its text) to what the catalog knows about it. Never throws. */
export function lookupImage(ref: ImageRef | string): ImageInfo {
  const parsed = typeof ref === 'string' ? parseImageRef(ref) : ref
  const key = `${parsed.registry ?? ''}|${parsed.name}|${parsed.tag ?? ''}|${parsed.digest ?? ''}`
  const hit = cache.get(key)
  if (hit) return hit
  let info: ImageInfo
  try {
    info = resolve(parsed)
  } catch {
    info = build(parsed.text, unknownSpec(parsed, parsed.name))
  }
  if (cache.size > 2000) cache.clear()
  cache.set(key, info)
  return info
}

function resolve(parsed: ImageRef): ImageInfo {
  const full = repositoryOf(parsed)
  const text = parsed.text
  if (full === 'scratch') return build(text, RESOLVERS.scratch!(readTag(parsed.tag), parsed))
  const resolver = RESOLVERS[full]
  if (resolver) return build(text, resolver(readTag(parsed.tag), parsed))
  const distroless = /^gcr\.io\/distroless\/([a-z0-9-]+?)(?:-debian\d+)?$/.exec(full)
  if (distroless) return build(text, distrolessSpec(parsed, distroless[1]!))
  const chainguard = /^cgr\.dev\/chainguard\/([a-z0-9._-]+)$/.exec(full)
  if (chainguard) return build(text, chainguardSpec(parsed, chainguard[1]!))
  return build(text, unknownSpec(parsed, full))
}

// ---------------------------------------------------------------------------------------------
// Helpers for rules and the simulator

/** True when the image has a program of that name on its PATH (a family command, a tool or a notable path's basename). */
export function imageHasCommand(info: ImageInfo, command: string): boolean {
  if (!command) return false
  if (command.startsWith('/')) return imageHasFile(info, command)
  if (info.tools.includes(command)) return true
  if (familyCommands(info).has(command)) return true
  const dirs = (info.env.PATH ?? DEFAULT_PATH).split(':')
  return info.paths.some((p) => p.endsWith(`/${command}`) && dirs.includes(p.slice(0, p.lastIndexOf('/'))))
}

function familyCommands(info: ImageInfo): Set<string> {
  let set = familyCommandCache.get(info)
  if (!set) {
    const base = Object.values(FAMILIES).find((f) => f.family === info.family && (f.shell !== null) === (info.shell !== null))
      ?? Object.values(FAMILIES).find((f) => f.family === info.family)
    set = new Set(base?.commands ?? [])
    if (info.shell === '/busybox/sh') for (const c of FAMILIES.busybox.commands) set.add(c)
    familyCommandCache.set(info, set)
  }
  return set
}
const familyCommandCache = new WeakMap<ImageInfo, Set<string>>()

const STANDARD_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']

/** True when the image is known to contain the absolute path (a notable path, under one, or a family command in a standard dir). */
export function imageHasFile(info: ImageInfo, path: string): boolean {
  const p = path.replace(/\/+$/, '') || '/'
  if (p === '/') return true
  if (info.paths.some((k) => k === p || k.startsWith(`${p}/`) || (p.startsWith(`${k}/`) && isDirectoryLike(info, k)))) return true
  const slash = p.lastIndexOf('/')
  const dir = p.slice(0, slash) || '/'
  const name = p.slice(slash + 1)
  if (STANDARD_DIRS.includes(dir) && familyCommands(info).has(name)) return true
  if (info.tools.includes(name) && STANDARD_DIRS.includes(dir) && info.family !== 'distroless' && info.family !== 'chainguard') {
    // Tools installed from distro packages live in /usr/bin; images' own live in /usr/local/bin (listed in paths).
    return dir === '/usr/bin' || dir === '/bin'
  }
  return false
}

function isDirectoryLike(info: ImageInfo, path: string): boolean {
  // A catalog path is a directory when it has no extension-like basename and is not a binary we know.
  const name = path.slice(path.lastIndexOf('/') + 1)
  return !/\.[a-z0-9]+$/i.test(name) && !info.tools.includes(name) && !path.includes('/bin/')
}

export interface UserCheck {
  /** The user part as written (`app` of `app:app`). */
  user: string
  group: string | null
  /** True when the user exists in /etc/passwd (numeric uids always "exist" for Docker). */
  exists: boolean
  groupExists: boolean
  uid: number | null
  /** True when the user is root (name `root` or uid 0). */
  isRoot: boolean
}

/**
 * Checks a USER value (`name`, `uid`, `name:group`, `uid:gid`) against the image's passwd and group
 * files; with no catalog (an unknown base), only against the users and groups given.
 */
export function checkUser(info: Pick<ImageInfo, 'uids' | 'groups'> | null, spec: string, extraUsers: Record<string, number> = {}, extraGroups: string[] = []): UserCheck {
  const [userPart = '', groupPart] = spec.trim().split(':', 2)
  const numeric = /^\d+$/.test(userPart)
  const uids = { ...info?.uids, ...extraUsers }
  const uid = numeric ? Number(userPart) : uids[userPart] ?? null
  const exists = numeric || Object.hasOwn(uids, userPart)
  const group = groupPart ?? null
  const groupExists = group === null || /^\d+$/.test(group) || !!info?.groups.includes(group) || extraGroups.includes(group)
  return { user: userPart, group, exists, groupExists, uid, isRoot: userPart === 'root' || uid === 0 }
}
