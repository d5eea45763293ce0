/**
 * The `stagecraft` bin works as learners' CI installs it: packed, installed into another project
 * with plain npm (runtime dependencies only, no TypeScript step), and run from that project.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '..')
const project = mkdtempSync(path.join(tmpdir(), 'stagecraft-installed-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

beforeAll(() => {
  execFileSync(npm, ['pack', '--silent', '--pack-destination', project], { cwd: repo, stdio: 'pipe' })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'learner-solution', version: '1.0.0', private: true }))
  // --prefer-offline: the dependencies are already in npm's cache after `npm ci`.
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], { cwd: project, stdio: 'pipe' })
  copyFileSync(path.join(repo, 'lessons/exercises/multistage-go/solution.Dockerfile'), path.join(project, 'Dockerfile'))
}, 180_000)

describe('the installed stagecraft bin', () => {
  it('grades the learner repository it is run from', () => {
    const env = { ...process.env }
    delete env.STAGECRAFT_ROOT
    const r = spawnSync(path.join(project, 'node_modules/.bin/stagecraft'), ['grade', 'multistage-go', '.', '--format', 'junit'], { cwd: project, encoding: 'utf8', env })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/<testsuite name="multistage-go" tests="\d+" failures="0">/)
  })

  it('installs only the runtime dependencies, not the site toolchain', () => {
    const installed = readdirSync(path.join(project, 'node_modules'))
    expect(installed).toContain('stagecraft')
    expect(installed).not.toContain('next')
    expect(installed).not.toContain('monaco-editor')
  })
})
