/** What RUN commands leave on disk (footprints.ts), command by command. */
import { describe, expect, it } from 'vitest'
import { interpretRun, isSecretPath, resolvePath, type Effect, type RunEnv } from './footprints'

const MB = 1_000_000

function env(overrides: Partial<RunEnv> = {}, files: Record<string, string> = {}, vars: Record<string, string> = {}): RunEnv {
  return {
    workdir: '/app', home: '/root', vars: new Map(Object.entries(vars)), packageManager: 'apt', ubuntu: false,
    readContext: (p) => files[p] ?? null, exists: () => false, sizeAt: () => 0, ...overrides,
  }
}

function adds(script: string, e: RunEnv = env()): Array<{ path: string; bytes: number; tags: readonly string[] }> {
  return interpretRun(script, e).effects.filter((x): x is Extract<Effect, { op: 'add' }> => x.op === 'add').map(({ path, bytes, tags }) => ({ path, bytes, tags }))
}

const paths = (script: string, e?: RunEnv) => adds(script, e).map((a) => a.path)

describe('package managers', () => {
  it.each([
    ['apt-get update', '/var/lib/apt/lists', 19.9 * MB],
    ['apt-get install -y --no-install-recommends curl', '/usr/bin/curl', Math.round(11.4 * 1_048_576 * 0.7)],
    ['apt-get install -y curl', '/usr/bin/curl', Math.round(15.0 * 1_048_576 * 0.7)],
    ['apk add --no-cache gcc', '/usr/libexec/gcc', 110 * MB],
    ['apk add curl', '/var/cache/apk', 2.5 * MB],
  ])('%s writes %s (%d B)', (script, path, bytes) => {
    expect(adds(script).find((a) => a.path === path)?.bytes).toBe(bytes)
  })

  it('apk add --no-cache keeps no index', () => {
    expect(paths('apk add --no-cache curl')).not.toContain('/var/cache/apk')
  })

  it('Ubuntu apt lists are larger than Debian\'s', () => {
    expect(adds('apt-get update', env({ ubuntu: true }))[0]!.bytes).toBe(40 * MB)
  })

  it.each([
    ['pip install flask', ['/usr/local/lib/python3/site-packages', '/root/.cache/pip']],
    ['pip install --no-cache-dir flask', ['/usr/local/lib/python3/site-packages']],
    ['pip install --user flask', ['/root/.local/lib/python3/site-packages', '/root/.cache/pip']],
    ['/opt/venv/bin/pip install --no-cache-dir flask', ['/opt/venv/lib/python3/site-packages']],
    ['python -m pip install --no-cache-dir --prefix=/install flask', ['/install/lib/python3/site-packages']],
  ])('%s', (script, expected) => {
    expect(paths(script)).toEqual(expected)
  })

  it('PIP_NO_CACHE_DIR in the environment disables the cache', () => {
    expect(paths('pip install flask', env({}, {}, { PIP_NO_CACHE_DIR: '1' }))).not.toContain('/root/.cache/pip')
  })

  it('sizes pip -r from the requirements file when the context has it', () => {
    const known = adds('pip install --no-cache-dir -r requirements.txt', env({}, { 'requirements.txt': 'numpy\npandas\n' }))[0]!
    expect(known.bytes).toBe(135 * MB)
    expect(adds('pip install --no-cache-dir -r requirements.txt')[0]!.bytes).toBe(60 * MB)
  })

  it.each([
    ['npm ci', ['/app/node_modules', '/root/.npm'], ['dependencies', 'dev-dependencies']],
    ['npm ci --omit=dev', ['/app/node_modules', '/root/.npm'], ['dependencies']],
    ['npm ci --only=production', ['/app/node_modules', '/root/.npm'], ['dependencies']],
    ['yarn install --production', ['/app/node_modules', '/usr/local/share/.cache/yarn'], ['dependencies']],
    ['npm install -g pm2', ['/usr/local/lib/node_modules', '/root/.npm'], ['dependencies']],
  ])('%s', (script, expected, tags) => {
    const a = adds(script)
    expect(a.map((x) => x.path)).toEqual(expected)
    expect(a[0]!.tags).toEqual(tags)
  })

  it('NODE_ENV=production makes npm skip dev dependencies', () => {
    expect(adds('npm ci', env({}, {}, { NODE_ENV: 'production' }))[0]!.tags).toEqual(['dependencies'])
    expect(adds('NODE_ENV=production npm ci')[0]!.bytes).toBe(120 * MB)
  })

  it('sizes npm installs from package.json when the context has it', () => {
    const pkg = JSON.stringify({ dependencies: { express: '4' }, devDependencies: { typescript: '5' } })
    expect(adds('npm ci', env({}, { 'package.json': pkg }))[0]!.bytes).toBe(Math.round(32.8 * MB))
    expect(adds('npm ci --omit=dev', env({}, { 'package.json': pkg }))[0]!.bytes).toBe(Math.round(2.8 * MB))
  })

  it('npm cache clean and rm of the cache remove it', () => {
    const effects = interpretRun('npm ci && npm cache clean --force', env()).effects
    expect(effects[effects.length - 1]).toEqual({ op: 'remove', path: '/root/.npm' })
  })
})

describe('build outputs', () => {
  it.each([
    ['npm run build (vite)', 'npm run build', { 'package.json': '{"scripts":{"build":"vite build"}}' }, '/app/dist', 3 * MB],
    ['npm run build (next)', 'npm run build', { 'package.json': '{"scripts":{"build":"next build"}}' }, '/app/.next', 80 * MB],
    ['npm run build (unknown script)', 'npm run build', {}, '/app/dist', 5 * MB],
    ['go build -o', 'go build -o /out/api ./cmd/api', {}, '/out/api', 20 * MB],
    ['go build -ldflags "-s -w"', 'go build -ldflags "-s -w" -o api', {}, '/app/api', 14 * MB],
    ['go build without -o names the binary after the module', 'go build', { 'go.mod': 'module example.com/shop/api\n' }, '/app/api', 20 * MB],
    ['cargo build --release', 'cargo build --release', { 'Cargo.toml': '[package]\nname = "svc"\n' }, '/app/target/release/svc', 8 * MB],
    ['mvn package', 'mvn -B package', {}, '/app/target', 60 * MB],
    ['gradle build', './gradlew build', {}, '/app/build', 80 * MB],
  ])('%s', (_, script, files, path, bytes) => {
    expect(adds(script, env({}, files)).find((a) => a.path === path)?.bytes).toBe(bytes)
  })

  it('go build leaves the build cache and downloads modules when none are cached', () => {
    expect(paths('go build -o /out/app')).toEqual(['/out/app', '/root/.cache/go-build', '/go/pkg/mod'])
    expect(paths('go build -o /out/app', env({ exists: (p) => p === '/go/pkg/mod' }))).toEqual(['/out/app', '/root/.cache/go-build'])
  })
})

describe('file commands', () => {
  it.each<[string, Effect[]]>([
    ['rm -rf /tmp/a ./b', [{ op: 'remove', path: '/tmp/a' }, { op: 'remove', path: '/app/b' }]],
    ['cp -r dist /srv/', [{ op: 'copy', from: '/app/dist', to: '/srv' }]],
    ['mv a.txt b.txt', [{ op: 'move', from: '/app/a.txt', to: '/app/b.txt' }]],
    ['mkdir -p /data /logs', [{ op: 'mkdir', path: '/data' }, { op: 'mkdir', path: '/logs' }]],
    ['useradd -r -u 1001 app', [{ op: 'user', name: 'app', uid: 1001 }, { op: 'group', name: 'app' }]],
    ['adduser -D -u 1000 app', [{ op: 'user', name: 'app', uid: 1000 }, { op: 'group', name: 'app' }]],
    ['addgroup -S app', [{ op: 'group', name: 'app' }]],
    ['apt-get purge -y gcc', [{ op: 'purge', packages: ['gcc'] }]],
  ])('%s', (script, expected) => {
    expect(interpretRun(script, env()).effects).toMatchObject(expected)
  })

  it('chmod/chown of existing paths are copy-ups (recursive with -R)', () => {
    const effects = interpretRun('chown -R app:app /app', env({ exists: () => true })).effects
    expect(effects[0]).toMatchObject({ op: 'copyup', path: '/app', recursive: true })
  })

  it('a redirection writes a file, tagged secret when it looks like one', () => {
    expect(adds('echo "//r/:_authToken=$T" > ~/.npmrc')).toEqual([{ path: '/root/.npmrc', bytes: 1000, tags: ['secret'] }])
    expect(adds('echo ok > /dev/null')).toEqual([])
  })

  it('downloads and archives', () => {
    expect(paths('curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz')).toEqual(['/tmp/tool.tgz'])
    expect(paths('wget https://example.com/x.zip')).toEqual(['/app/x.zip'])
    expect(paths('curl -fsSL https://example.com/install.sh | sh')).toEqual([])
    expect(paths('tar -xzf /tmp/tool.tgz -C /opt/tool')).toEqual(['/opt/tool'])
    expect(adds('git clone --depth 1 https://github.com/a/b.git')[0]).toMatchObject({ path: '/app/b', tags: ['vcs', 'source'] })
  })

  it('resolves ~, relative paths and variables', () => {
    const e = env({}, {}, { APP: '/srv' })
    expect(resolvePath('~/x', e)).toBe('/root/x')
    expect(resolvePath('../x', e)).toBe('/x')
    expect(resolvePath('$APP/bin', e)).toBe('/srv/bin')
    expect(resolvePath('${APP}/bin', e)).toBe('/srv/bin')
  })
})

describe('isSecretPath', () => {
  it.each([
    ['.env', true], ['config/.env.production', true], ['.env.example', false], ['id_rsa', true], ['id_rsa.pub', false],
    ['server.key', true], ['certs/tls.pem', true], ['.npmrc', true], ['.aws/credentials', true], ['service-account-prod.json', true],
    ['src/keyboard.ts', false], ['README.md', false], ['.docker/config.json', true], ['secrets.yaml', true],
  ])('%s → %s', (path, secret) => {
    expect(isSecretPath(path)).toBe(secret)
  })
})
