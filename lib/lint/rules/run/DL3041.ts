import { defineRule } from '../../rule'
import { cmdHasArgs, reportUnpinnedRpmPackages } from '../../helpers'

const DNF = ['dnf', 'microdnf']

export default defineRule({
  meta: {
    id: 'DL3041',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de dnf', en: 'Pin versions in dnf install' },
    what: {
      es: 'dnf install instala aquí paquetes sin versión fija.',
      en: 'dnf install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala lo último del repositorio: dos builds del mismo Dockerfile pueden dar imágenes distintas y una actualización inesperada puede romper la tuya.',
      en: 'Without a version, every build installs whatever is newest in the repository: two builds of the same Dockerfile can produce different images, and an unexpected update can break yours.',
    },
    fix: {
      es: 'Indica la versión con `paquete-versión` (p. ej. `httpd-2.4.6`). Los grupos (`dnf group install`) no se comprueban; para módulos, `dnf module install nombre:flujo`.',
      en: 'Give the version as `package-version` (e.g. `httpd-2.4.6`). Groups (`dnf group install`) are not checked; for modules, `dnf module install name:stream`.',
    },
    examples: {
      bad: [{ code: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n', lines: [2] }],
      good: [
        { code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' },
        { code: 'FROM fedora:40\nARG HTTPD_VERSION=2.4.62\nRUN dnf install -y "httpd-${HTTPD_VERSION}" && dnf clean all\n' },
      ],
    },
  },
  check(ctx) {
    reportUnpinnedRpmPackages(ctx, 'dnf', (cmd) => DNF.some((tool) => cmdHasArgs(cmd, tool, ['install'])), (cmd) => cmdHasArgs(cmd, cmd.name, ['group']))
  },
})
