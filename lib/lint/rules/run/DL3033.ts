import { defineRule } from '../../rule'
import { cmdHasArgs, reportUnpinnedRpmPackages } from '../../helpers'

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
    reportUnpinnedRpmPackages(ctx, 'yum', (cmd) => cmdHasArgs(cmd, 'yum', ['install']))
  },
})
