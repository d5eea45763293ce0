import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

/**
 * The gems of `gem install|i …`, read the way hadolint does: every word starting with `-` also
 * swallows the next word (so `--no-document rails` hides `rails`), and nothing after `--` counts.
 */
function gems(cmd: ShellCommand): string[] {
  const out: string[] = []
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i]!
    if (a === '--') break
    if (a.startsWith('-')) {
      i++
      continue
    }
    if (a !== 'install' && a !== 'i') out.push(a)
  }
  return out
}

export default defineRule({
  meta: {
    id: 'DL3028',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de las gemas', en: 'Pin versions in gem install' },
    what: {
      es: 'gem install instala aquí gemas sin versión fija.',
      en: 'gem install installs gems here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala la última publicada en RubyGems: la imagen cambia sin que cambie tu Dockerfile y una versión nueva puede romper tu aplicación.',
      en: 'Without a version, every build installs the newest release on RubyGems: the image changes while your Dockerfile does not, and a new release can break your application.',
    },
    fix: {
      es: 'Indica la versión con `gema:versión` o con `-v versión`. Para las dependencias de tu proyecto, usa un Gemfile.lock y `bundle install`.',
      en: 'Give the version as `gem:version` or with `-v version`. For your project dependencies, use a Gemfile.lock and `bundle install`.',
    },
    examples: {
      bad: [{ code: 'FROM ruby:3.3-slim\nRUN gem install rails\n', lines: [2] }],
      good: [
        { code: 'FROM ruby:3.3-slim\nRUN gem install rails:7.1.3\n' },
        { code: 'FROM ruby:3.3-slim\nRUN gem install rails -v 7.1.3\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        if (!cmdHasArgs(cmd, 'gem', ['install', 'i'])) continue
        if (cmd.args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) continue
        for (const gem of gems(cmd)) if (!gem.includes(':') && !unpinned.includes(gem)) unpinned.push(gem)
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`gema:versión\` en gem install.`,
          en: `Pin the version of ${list} with \`gem:version\` in gem install.`,
        },
      })
    })
  },
})
