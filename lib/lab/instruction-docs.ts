/**
 * Hover documentation and completion data for Dockerfile instructions, in Spanish and English:
 * what each instruction does, its syntax, a layer/cache note, and its flags.
 */
import type { LocalizedText } from '@/lib/lint/rule'

export interface FlagDoc {
  /** Without `--`. */
  name: string
  /** Snippet inserted after `--name` (Monaco snippet syntax), e.g. `=${1:stage}`. */
  snippet: string
  doc: LocalizedText
}

export interface InstructionDoc {
  keyword: string
  syntax: string
  summary: LocalizedText
  /** Layers and cache, in one sentence. */
  note: LocalizedText
  /** Snippet for completion at the start of a line. */
  snippet: string
  flags: FlagDoc[]
}

const mountDoc: FlagDoc = {
  name: 'mount',
  snippet: '=type=${1|cache,secret,bind,ssh,tmpfs|},target=${2:/root/.cache}',
  doc: {
    es: 'Monta algo solo durante este RUN: `type=cache` (caché persistente entre builds, no entra en la imagen), `type=secret` (un secreto que no queda en ninguna capa), `type=bind` (archivos de otra etapa o del contexto).',
    en: 'Mounts something for this RUN only: `type=cache` (a cache kept across builds, never in the image), `type=secret` (a secret that stays out of every layer), `type=bind` (files from another stage or the context).',
  },
}

const fromFlag: FlagDoc = {
  name: 'from',
  snippet: '=${1:builder}',
  doc: {
    es: 'Copia desde una etapa anterior (por nombre o índice) o desde otra imagen, en vez del contexto de build.',
    en: 'Copies from an earlier stage (by name or index) or another image instead of the build context.',
  },
}

const chownFlag: FlagDoc = {
  name: 'chown',
  snippet: '=${1:1000}:${2:1000}',
  doc: { es: 'Dueño de los archivos copiados (usuario:grupo). Evita un `RUN chown` que duplicaría la capa.', en: 'Owner of the copied files (user:group). Avoids a `RUN chown` that would duplicate the layer.' },
}

const chmodFlag: FlagDoc = {
  name: 'chmod',
  snippet: '=${1:755}',
  doc: { es: 'Permisos de los archivos copiados, sin un `RUN chmod` extra.', en: 'Permissions of the copied files, without an extra `RUN chmod`.' },
}

const linkFlag: FlagDoc = {
  name: 'link',
  snippet: '',
  doc: {
    es: 'Copia a una capa independiente: si cambia la base, esta capa se reutiliza sin rehacerse.',
    en: 'Copies into an independent layer: when the base changes, this layer is reused instead of redone.',
  },
}

const excludeFlag: FlagDoc = {
  name: 'exclude',
  snippet: '=${1:*.md}',
  doc: { es: 'Patrón de rutas que no se copian.', en: 'A path pattern that is not copied.' },
}

const parentsFlag: FlagDoc = {
  name: 'parents',
  snippet: '',
  doc: { es: 'Conserva la estructura de carpetas de las rutas de origen.', en: 'Keeps the folder structure of the source paths.' },
}

const platformFlag: FlagDoc = {
  name: 'platform',
  snippet: '=${1:\\$BUILDPLATFORM}',
  doc: {
    es: 'Plataforma de la imagen base. `$BUILDPLATFORM` compila de forma nativa y luego compilas en cruzado para `$TARGETPLATFORM`.',
    en: 'Platform of the base image. `$BUILDPLATFORM` builds natively; then cross-compile for `$TARGETPLATFORM`.',
  },
}

const healthFlags: FlagDoc[] = [
  { name: 'interval', snippet: '=${1:30s}', doc: { es: 'Tiempo entre comprobaciones.', en: 'Time between checks.' } },
  { name: 'timeout', snippet: '=${1:3s}', doc: { es: 'Tiempo máximo de cada comprobación.', en: 'Maximum time for one check.' } },
  { name: 'start-period', snippet: '=${1:10s}', doc: { es: 'Margen de arranque en el que los fallos no cuentan.', en: 'Start-up grace period during which failures do not count.' } },
  { name: 'start-interval', snippet: '=${1:2s}', doc: { es: 'Intervalo durante el periodo de arranque.', en: 'Interval during the start period.' } },
  { name: 'retries', snippet: '=${1:3}', doc: { es: 'Fallos seguidos para marcar el contenedor como unhealthy.', en: 'Consecutive failures before the container is unhealthy.' } },
]

const noLayer: LocalizedText = {
  es: 'Solo cambia metadatos: no añade bytes a la imagen, pero sí forma parte de la clave de caché.',
  en: 'Only changes metadata: it adds no bytes to the image, but it is part of the cache key.',
}

export const instructionDocs: readonly InstructionDoc[] = [
  {
    keyword: 'FROM',
    syntax: 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]',
    summary: {
      es: 'Empieza una etapa nueva a partir de una imagen base (o de una etapa anterior). Cada `FROM` abre una etapa; con `AS nombre` otras etapas pueden copiar de ella.',
      en: 'Starts a new stage from a base image (or an earlier stage). Each `FROM` opens a stage; with `AS name` other stages can copy from it.',
    },
    note: {
      es: 'La imagen base es la primera capa: su tamaño cuenta entero si es la etapa final. Fija una etiqueta concreta, nunca `latest`.',
      en: 'The base image is the first layer: its full size counts if this is the final stage. Pin a specific tag, never `latest`.',
    },
    snippet: 'FROM ${1:node:22-alpine} AS ${2:build}',
    flags: [platformFlag],
  },
  {
    keyword: 'RUN',
    syntax: 'RUN [--mount=…] [--network=…] <command>  |  RUN ["exe", "arg"]',
    summary: {
      es: 'Ejecuta un comando durante el build y guarda el resultado como una capa nueva.',
      en: 'Runs a command during the build and saves the result as a new layer.',
    },
    note: {
      es: 'Lo que borras en un RUN posterior sigue ocupando espacio en la capa anterior: limpia en el mismo RUN que crea los archivos.',
      en: 'What you delete in a later RUN still takes space in the earlier layer: clean up in the same RUN that creates the files.',
    },
    snippet: 'RUN ${1:command}',
    flags: [
      mountDoc,
      { name: 'network', snippet: '=${1|default,none,host|}', doc: { es: 'Red disponible para el comando (`none` lo aísla).', en: 'Network available to the command (`none` isolates it).' } },
      { name: 'security', snippet: '=${1|sandbox,insecure|}', doc: { es: 'Modo de seguridad del comando.', en: 'Security mode of the command.' } },
    ],
  },
  {
    keyword: 'CMD',
    syntax: 'CMD ["exe", "arg"]  |  CMD ["arg"] (with ENTRYPOINT)  |  CMD command',
    summary: {
      es: 'El comando por defecto del contenedor (o los argumentos por defecto de ENTRYPOINT). `docker run imagen otra-cosa` lo reemplaza.',
      en: 'The container’s default command (or default arguments for ENTRYPOINT). `docker run image something-else` replaces it.',
    },
    note: { es: 'Usa la forma JSON para que las señales lleguen a tu proceso. Solo cuenta el último CMD.', en: 'Use the JSON form so signals reach your process. Only the last CMD counts.' },
    snippet: 'CMD ["${1:node}", "${2:server.js}"]',
    flags: [],
  },
  {
    keyword: 'LABEL',
    syntax: 'LABEL <key>=<value> …',
    summary: { es: 'Añade metadatos a la imagen (autor, versión, repositorio…).', en: 'Adds metadata to the image (author, version, repository…).' },
    note: noLayer,
    snippet: 'LABEL ${1:org.opencontainers.image.source}="${2:https://example.com/repo}"',
    flags: [],
  },
  {
    keyword: 'MAINTAINER',
    syntax: 'MAINTAINER <name>',
    summary: { es: 'Obsoleta: indicaba el autor. Usa `LABEL org.opencontainers.image.authors=…`.', en: 'Deprecated: it named the author. Use `LABEL org.opencontainers.image.authors=…`.' },
    note: noLayer,
    snippet: 'MAINTAINER ${1:name}',
    flags: [],
  },
  {
    keyword: 'EXPOSE',
    syntax: 'EXPOSE <port>[/<protocol>] …',
    summary: {
      es: 'Documenta en qué puerto escucha la aplicación. No publica nada: eso lo hace `docker run -p`.',
      en: 'Documents which port the application listens on. It publishes nothing: `docker run -p` does that.',
    },
    note: noLayer,
    snippet: 'EXPOSE ${1:8080}',
    flags: [],
  },
  {
    keyword: 'ENV',
    syntax: 'ENV <key>=<value> …',
    summary: {
      es: 'Define variables de entorno para los pasos siguientes y para el contenedor en ejecución.',
      en: 'Sets environment variables for the following steps and for the running container.',
    },
    note: {
      es: 'Quedan guardadas en la imagen: nunca pongas secretos en ENV. Cambiar su valor invalida la caché de los pasos siguientes.',
      en: 'They are stored in the image: never put secrets in ENV. Changing a value invalidates the cache of the following steps.',
    },
    snippet: 'ENV ${1:NODE_ENV}=${2:production}',
    flags: [],
  },
  {
    keyword: 'ADD',
    syntax: 'ADD [--chown=…] [--checksum=…] <src>… <dest>',
    summary: {
      es: 'Como COPY, pero además descomprime archivos tar locales y descarga URLs. Para copiar archivos normales, usa COPY.',
      en: 'Like COPY, but it also extracts local tar archives and downloads URLs. For plain files, use COPY.',
    },
    note: {
      es: 'Crea una capa con lo copiado; la caché depende del contenido de los archivos (o de la URL).',
      en: 'Creates a layer with what it copies; the cache depends on file contents (or the URL).',
    },
    snippet: 'ADD ${1:src} ${2:/dest}',
    flags: [chownFlag, chmodFlag, linkFlag, { name: 'checksum', snippet: '=${1:sha256:}', doc: { es: 'Verifica el contenido descargado con un checksum.', en: 'Verifies the downloaded content against a checksum.' } }, { name: 'keep-git-dir', snippet: '', doc: { es: 'Conserva la carpeta `.git` al añadir un repositorio Git.', en: 'Keeps the `.git` folder when adding a Git repository.' } }, excludeFlag],
  },
  {
    keyword: 'COPY',
    syntax: 'COPY [--from=<stage>] [--chown=…] [--link] <src>… <dest>',
    summary: {
      es: 'Copia archivos del contexto de build (o de otra etapa con `--from`) a la imagen.',
      en: 'Copies files from the build context (or another stage with `--from`) into the image.',
    },
    note: {
      es: 'La caché depende del contenido de lo copiado: copia primero los manifiestos (package.json, go.mod…) y el código después.',
      en: 'The cache depends on the copied content: copy manifests first (package.json, go.mod…) and the code later.',
    },
    snippet: 'COPY ${1:src} ${2:./}',
    flags: [fromFlag, chownFlag, chmodFlag, linkFlag, excludeFlag, parentsFlag],
  },
  {
    keyword: 'ENTRYPOINT',
    syntax: 'ENTRYPOINT ["exe", "arg"]  |  ENTRYPOINT command',
    summary: {
      es: 'El ejecutable fijo del contenedor. CMD le pasa argumentos por defecto.',
      en: 'The container’s fixed executable. CMD passes it default arguments.',
    },
    note: { es: 'Usa la forma JSON: con la forma shell, tu proceso no recibe SIGTERM.', en: 'Use the JSON form: with the shell form your process does not receive SIGTERM.' },
    snippet: 'ENTRYPOINT ["${1:/app}"]',
    flags: [],
  },
  {
    keyword: 'VOLUME',
    syntax: 'VOLUME ["/data"]',
    summary: { es: 'Declara una ruta como punto de montaje para datos persistentes.', en: 'Declares a path as a mount point for persistent data.' },
    note: { es: 'Los cambios en esa ruta después del VOLUME se pierden durante el build.', en: 'Changes to that path after the VOLUME are lost during the build.' },
    snippet: 'VOLUME ["${1:/data}"]',
    flags: [],
  },
  {
    keyword: 'USER',
    syntax: 'USER <user>[:<group>]',
    summary: {
      es: 'Cambia el usuario con el que se ejecutan los pasos siguientes y el contenedor.',
      en: 'Sets the user for the following steps and for the container.',
    },
    note: { es: 'Termina la etapa final con un usuario sin privilegios: si alguien entra al contenedor, no es root.', en: 'End the final stage with an unprivileged user: whoever gets into the container is not root.' },
    snippet: 'USER ${1:1000}',
    flags: [],
  },
  {
    keyword: 'WORKDIR',
    syntax: 'WORKDIR /path',
    summary: { es: 'Cambia (y crea si hace falta) el directorio de trabajo de los pasos siguientes.', en: 'Changes (and creates if needed) the working directory for the following steps.' },
    note: { es: 'Usa rutas absolutas; es más claro que `RUN cd …`.', en: 'Use absolute paths; it is clearer than `RUN cd …`.' },
    snippet: 'WORKDIR ${1:/app}',
    flags: [],
  },
  {
    keyword: 'ARG',
    syntax: 'ARG <name>[=<default>]',
    summary: {
      es: 'Declara un argumento de build (`docker build --build-arg nombre=valor`). Antes del primer FROM sirve para elegir la imagen base.',
      en: 'Declares a build argument (`docker build --build-arg name=value`). Before the first FROM it can pick the base image.',
    },
    note: {
      es: 'Solo existe durante el build, pero su valor queda en el historial de la imagen: no lo uses para secretos. Cambiarlo invalida la caché de los RUN que lo usan.',
      en: 'It only exists during the build, but its value stays in the image history: do not use it for secrets. Changing it invalidates the cache of RUNs that use it.',
    },
    snippet: 'ARG ${1:VERSION}=${2:1.0.0}',
    flags: [],
  },
  {
    keyword: 'ONBUILD',
    syntax: 'ONBUILD <INSTRUCTION>',
    summary: {
      es: 'Deja una instrucción pendiente que se ejecutará cuando otra imagen use esta como base.',
      en: 'Leaves an instruction that runs when another image uses this one as its base.',
    },
    note: noLayer,
    snippet: 'ONBUILD ${1:COPY . /app}',
    flags: [],
  },
  {
    keyword: 'STOPSIGNAL',
    syntax: 'STOPSIGNAL <signal>',
    summary: { es: 'La señal que `docker stop` envía al proceso principal.', en: 'The signal `docker stop` sends to the main process.' },
    note: noLayer,
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
    flags: [],
  },
  {
    keyword: 'HEALTHCHECK',
    syntax: 'HEALTHCHECK [--interval=…] [--timeout=…] CMD <command>  |  HEALTHCHECK NONE',
    summary: { es: 'Un comando que Docker ejecuta periódicamente para saber si el contenedor está sano.', en: 'A command Docker runs periodically to know whether the container is healthy.' },
    note: noLayer,
    snippet: 'HEALTHCHECK --interval=${1:30s} CMD ${2:wget -qO- http://localhost:8080/health || exit 1}',
    flags: healthFlags,
  },
  {
    keyword: 'SHELL',
    syntax: 'SHELL ["executable", "parameters"]',
    summary: {
      es: 'Cambia el shell de la forma shell de RUN/CMD/ENTRYPOINT, p. ej. `["/bin/bash", "-o", "pipefail", "-c"]`.',
      en: 'Changes the shell used by the shell form of RUN/CMD/ENTRYPOINT, e.g. `["/bin/bash", "-o", "pipefail", "-c"]`.',
    },
    note: noLayer,
    snippet: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    flags: [],
  },
]

const byKeyword = new Map(instructionDocs.map((d) => [d.keyword, d]))

export function instructionDoc(keyword: string): InstructionDoc | undefined {
  return byKeyword.get(keyword.toUpperCase())
}

/** Common base images offered after `FROM `, with a short note. */
export const commonBaseImages: readonly { ref: string; doc: LocalizedText }[] = [
  { ref: 'alpine:3.20', doc: { es: 'Alpine Linux, ~8 MB, con apk y musl.', en: 'Alpine Linux, ~8 MB, with apk and musl.' } },
  { ref: 'debian:12-slim', doc: { es: 'Debian bookworm reducida, ~75 MB, con apt.', en: 'Slim Debian bookworm, ~75 MB, with apt.' } },
  { ref: 'ubuntu:24.04', doc: { es: 'Ubuntu Noble, ~78 MB.', en: 'Ubuntu Noble, ~78 MB.' } },
  { ref: 'node:22-alpine', doc: { es: 'Node.js 22 sobre Alpine, ~135 MB.', en: 'Node.js 22 on Alpine, ~135 MB.' } },
  { ref: 'node:22-bookworm-slim', doc: { es: 'Node.js 22 sobre Debian slim, ~200 MB.', en: 'Node.js 22 on slim Debian, ~200 MB.' } },
  { ref: 'node:22', doc: { es: 'Node.js 22 completa, ~1.1 GB (con compiladores): úsala solo para compilar.', en: 'Full Node.js 22, ~1.1 GB (with compilers): use it for building only.' } },
  { ref: 'python:3.12-slim', doc: { es: 'Python 3.12 sobre Debian slim, ~130 MB.', en: 'Python 3.12 on slim Debian, ~130 MB.' } },
  { ref: 'python:3.12-alpine', doc: { es: 'Python 3.12 sobre Alpine, ~55 MB (wheels musl).', en: 'Python 3.12 on Alpine, ~55 MB (musl wheels).' } },
  { ref: 'golang:1.23-alpine', doc: { es: 'Toolchain de Go sobre Alpine, ~220 MB: para la etapa de compilación.', en: 'Go toolchain on Alpine, ~220 MB: for the build stage.' } },
  { ref: 'golang:1.23', doc: { es: 'Toolchain de Go completa, ~800 MB: para la etapa de compilación.', en: 'Full Go toolchain, ~800 MB: for the build stage.' } },
  { ref: 'rust:1.83-alpine', doc: { es: 'Toolchain de Rust sobre Alpine: para compilar binarios estáticos.', en: 'Rust toolchain on Alpine: for building static binaries.' } },
  { ref: 'nginx:1.27-alpine', doc: { es: 'nginx sobre Alpine, ~50 MB: para servir archivos estáticos.', en: 'nginx on Alpine, ~50 MB: for serving static files.' } },
  { ref: 'gcr.io/distroless/static-debian12:nonroot', doc: { es: 'Distroless estática, ~2 MB, sin shell y sin root: ideal para binarios Go/Rust.', en: 'Static distroless, ~2 MB, no shell and non-root: ideal for Go/Rust binaries.' } },
  { ref: 'gcr.io/distroless/nodejs22-debian12:nonroot', doc: { es: 'Node.js distroless, sin shell ni npm.', en: 'Distroless Node.js, no shell and no npm.' } },
  { ref: 'scratch', doc: { es: 'Imagen vacía: solo lo que copies (binarios estáticos).', en: 'Empty image: only what you copy (static binaries).' } },
]
