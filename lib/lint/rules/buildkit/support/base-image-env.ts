/**
 * Environment variables that common base images set in their image config. BuildKit's UndefinedVar
 * reads the real config from the registry; a client-side linter cannot, so it uses this small table
 * of official images and treats images it does not know leniently (see UndefinedVar).
 */
import type { ImageRef } from '@/lib/dockerfile/types'

/**
 * Assumed defined in every image but scratch, to stay on the safe side: most images only set PATH
 * (which BuildKit always adds), but these are too common to flag. They are not offered as
 * "did you mean" suggestions, since the real image config usually lacks them.
 */
export const COMMON_ENV = ['PATH', 'HOME', 'HOSTNAME', 'LANG', 'LANGUAGE', 'LC_ALL', 'TERM', 'TZ']

const JAVA = ['JAVA_HOME', 'JAVA_VERSION']
const PHP = ['PHPIZE_DEPS', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'APACHE_CONFDIR', 'APACHE_ENVVARS']
const ERLANG = ['OTP_VERSION', 'REBAR3_VERSION']
const DOTNET = [
  'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_VERSION', 'ASPNET_VERSION', 'DOTNET_SDK_VERSION',
  'DOTNET_USE_POLLING_FILE_WATCHER', 'DOTNET_GENERATE_ASPNET_CERTIFICATE', 'DOTNET_NOLOGO', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL',
]

/** Image repository (Docker Hub name, `library/` removed) → the variables its image config sets besides PATH. */
const IMAGE_ENV: Record<string, readonly string[]> = {
  // Operating system images set nothing but PATH.
  alpine: [], debian: [], ubuntu: [], busybox: [], fedora: [], centos: [], rockylinux: [], almalinux: [],
  amazonlinux: [], oraclelinux: [], archlinux: [], photon: [], 'buildpack-deps': [], 'opensuse/leap': [], 'opensuse/tumbleweed': [],
  // Languages.
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  ruby: ['RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  php: PHP,
  composer: [...PHP, 'COMPOSER_ALLOW_SUPERUSER', 'COMPOSER_HOME', 'COMPOSER_VERSION'],
  'eclipse-temurin': JAVA, openjdk: JAVA, amazoncorretto: JAVA, 'ibm-semeru-runtimes': JAVA, sapmachine: JAVA,
  maven: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION'],
  tomcat: [...JAVA, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'],
  erlang: ERLANG,
  elixir: [...ERLANG, 'ELIXIR_VERSION'],
  'oven/bun': ['BUN_RUNTIME_TRANSPILER_CACHE_PATH', 'BUN_INSTALL_BIN'],
  // Servers and databases.
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  caddy: ['CADDY_VERSION', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
  haproxy: ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  postgres: ['GOSU_VERSION', 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA'],
  mysql: ['GOSU_VERSION', 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION'],
  mariadb: ['GOSU_VERSION', 'MARIADB_VERSION'],
  mongo: ['GOSU_VERSION', 'JSYAML_VERSION', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR', 'MONGO_VERSION'],
  docker: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR'],
}

export interface BaseEnv {
  /** Variables the image config sets, PATH first: the "did you mean" candidates. */
  env: readonly string[]
  /** Everything treated as defined: `env` plus COMMON_ENV (except for scratch). */
  assumed: readonly string[]
}

/**
 * The environment an external base image is known to have, or null when the image is not in the
 * table (its environment is unknown). `scratch` has only PATH, which BuildKit always adds.
 */
const memo = new Map<string, BaseEnv | null>()

/** Memoized: UndefinedVar asks once per instruction, and the answer depends only on the image. */
export function baseImageEnv(image: ImageRef): BaseEnv | null {
  const key = `${image.registry ?? ''}|${image.name}|${image.text}`
  let hit = memo.get(key)
  if (hit === undefined) {
    hit = computeBaseImageEnv(image)
    if (memo.size > 500) memo.clear()
    memo.set(key, hit)
  }
  return hit
}

function computeBaseImageEnv(image: ImageRef): BaseEnv | null {
  if (image.text.includes('$')) return null
  const name = image.name.replace(/^(docker\/)?library\//, '')
  if (image.registry === null && name === 'scratch') return { env: ['PATH'], assumed: ['PATH'] }
  let own: readonly string[] | null = null
  if (image.registry === 'mcr.microsoft.com' && name.startsWith('dotnet/')) own = DOTNET
  else if ((image.registry === null || image.registry === 'public.ecr.aws' || image.registry === 'mirror.gcr.io') && Object.hasOwn(IMAGE_ENV, name)) own = IMAGE_ENV[name]!
  if (own === null) return null
  const env = ['PATH', ...own]
  return { env, assumed: [...new Set([...env, ...COMMON_ENV])] }
}
