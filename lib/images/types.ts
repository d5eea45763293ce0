/**
 * Base-image catalog types. The catalog is data with a source for each entry; lint rules and the
 * build simulator both read it through `lookupImage` (lib/images/index.ts).
 */

export type ImageFamily = 'debian' | 'ubuntu' | 'alpine' | 'distroless' | 'chainguard' | 'wolfi' | 'scratch' | 'busybox' | 'rhel' | 'unknown'

export type PackageManager = 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum' | null

/** A notable directory or file of the image with its estimated bytes (part of `sizeBytes`). */
export interface ImageContent {
  path: string
  bytes: number
  /** What it is, for explanations: `Go toolchain`, `Node.js runtime`, `C compiler`… */
  what: string
  kind: ContentKind
}

export type ContentKind = 'compiler' | 'build-tool' | 'go-toolchain' | 'node-runtime' | 'python-runtime' | 'rust-toolchain' | 'jdk' | 'jre' | 'package-manager'

export interface ImageInfo {
  /** The reference that was looked up, e.g. `node:20-alpine`. */
  ref: string
  /** Catalog key that matched, e.g. `node` + variant `alpine`. */
  repository: string
  variant: string
  family: ImageFamily
  /** Whether `/bin/sh` exists (false for scratch and distroless). */
  hasShell: boolean
  packageManager: PackageManager
  /** User the image runs as when no USER is set: `root`, `nonroot`, `65532`, `101`… */
  defaultUser: string
  /** Users (names) that exist in /etc/passwd, root included where present. */
  users: string[]
  /** Groups that exist. */
  groups: string[]
  /** Notable absolute paths that exist: web roots, toolchain binaries, entrypoints (e.g. /usr/local/bin/node). */
  paths: string[]
  /** Language toolchains or runtimes present: `go`, `node`, `npm`, `python`, `pip`, `rustc`, `cargo`, `java`, `javac`, `mvn`, `gradle`, `gcc`… */
  tools: string[]
  /** True for SDK/build images (compilers, dev headers), which a multistage build would leave behind. */
  isSdk: boolean
  /** Estimated uncompressed size in bytes (linux/amd64). */
  sizeBytes: number
  /** Where the figures come from (docs page, registry listing or the reference notes). */
  source: string
  /** False when the image is not in the catalog and the entry is a family-based estimate. */
  known: boolean
  /** The shell `RUN` uses by default (`/bin/sh`, `/busybox/sh` for distroless :debug), or null. */
  shell: string | null
  /** User name → uid, for the users above. */
  uids: Record<string, number>
  /** Image config: ENV (PATH included), WORKDIR, ENTRYPOINT, CMD, exposed ports. */
  env: Record<string, string>
  workdir: string
  entrypoint: string[] | null
  cmd: string[] | null
  /** Big notable parts of the image (toolchains, runtimes, compilers) with their bytes. */
  contents: ImageContent[]
  /** Image-level note for learners (deprecation, size caveat), es/en, or null. */
  note: { es: string; en: string } | null
}
