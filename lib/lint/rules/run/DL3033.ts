import { defineRule } from '../../rule'
import { argsNoFlags, cmdHasArgs, referencedVariables, rpmPackagePinned, variablesInScope } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3033',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de yum', en: 'Pin versions in yum install' },
    what: {
      es: 'yum install instala aquí paquetes sin versión fija.',
      en: 'yum install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala lo último del repositorio: dos builds del mismo Dockerfile pueden dar imágenes distintas y una actualización inesperada puede romper la tuya.',
      en: 'Without a version, every build installs whatever is newest in the repository: two builds of the same Dockerfile can produce different images, and an unexpected update can break yours.',
    },
    fix: {
      es: 'Indica la versión con `paquete-versión` (p. ej. `httpd-2.4.6`). Para módulos, `yum module install nombre:flujo`.',
      en: 'Give the version as `package-version` (e.g. `httpd-2.4.6`). For modules, `yum module install name:stream`.',
    },
    examples: {
      bad: [{ code: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n', lines: [2] }],
      good: [
        { code: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' },
        { code: 'FROM centos:7\nARG HTTPD_VERSION=2.4.6\nRUN yum install -y "httpd-${HTTPD_VERSION}" && yum clean all\n' },
      ],
    },
  },
  check(ctx) {
    for (const instr of ctx.model.instructions) {
      const run = instr.trigger ?? instr
      if (run.keyword !== 'RUN') continue
      const unpinned: string[] = []
      let declared: Set<string> | null = null
      for (const cmd of ctx.facts.commands(run)) {
        if (!cmdHasArgs(cmd, 'yum', ['install'])) continue
        const isModule = cmdHasArgs(cmd, 'yum', ['module'])
        for (const pkg of argsNoFlags(cmd)) {
          if (pkg === 'install' || pkg === 'module' || unpinned.includes(pkg)) continue
          if (isModule ? pkg.includes(':') : rpmPackagePinned(pkg)) continue
          const vars = referencedVariables(pkg)
          if (!isModule && vars.length > 0) {
            declared ??= variablesInScope(ctx, instr)
            if (vars.every((v) => declared!.has(v))) continue
          }
          unpinned.push(pkg)
        }
      }
      if (unpinned.length === 0) continue
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} en yum install (\`paquete-versión\`, o \`nombre:flujo\` para módulos).`,
          en: `Pin the version of ${list} in yum install (\`package-version\`, or \`name:stream\` for modules).`,
        },
      })
    }
  },
})
