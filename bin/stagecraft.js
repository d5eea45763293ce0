#!/usr/bin/env node
// The stagecraft CLI. It runs the TypeScript core directly through tsx's loader, so an install
// from the git repository needs no build step on the learner's side.
import { register as registerHooks } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Content loaders read lessons/ from the package, whatever the current directory is.
process.env.STAGECRAFT_ROOT ||= root
register({ tsconfig: path.join(root, 'tsconfig.json') })
// Registered after tsx, so it resolves `@/…` first, also when installed under node_modules.
registerHooks('./alias-hooks.mjs', import.meta.url, { data: { root } })
const { runCli } = await import(pathToFileURL(path.join(root, 'lib/cli/main.ts')).href)
process.exitCode = await runCli(process.argv.slice(2))
