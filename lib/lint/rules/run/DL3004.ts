import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3004',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'security',
    title: { es: 'No uses sudo', en: 'Do not use sudo' },
    what: {
      es: 'Este RUN usa `sudo`.',
      en: 'This RUN uses `sudo`.',
    },
    why: {
      es: 'sudo está pensado para sesiones interactivas: pide contraseña o TTY, tiene un comportamiento difícil de prever con señales y variables, y obliga a instalarlo y configurarlo, lo que da a tu usuario una puerta a root dentro del contenedor.',
      en: 'sudo is meant for interactive sessions: it asks for a password or a TTY, behaves unpredictably with signals and variables, and must be installed and configured, which gives your user a door to root inside the container.',
    },
    fix: {
      es: 'Ejecuta como root las órdenes que lo necesitan (antes de `USER`) y cambia al usuario sin privilegios después. Si en tiempo de ejecución necesitas cambiar de usuario, usa gosu o su-exec.',
      en: 'Run the commands that need root as root (before `USER`) and switch to the unprivileged user afterwards. If you need to switch users at run time, use gosu or su-exec.',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nUSER 10001\nRUN sudo apt-get update\n', lines: [3] }],
      good: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.commands(run).some((c) => c.name === 'sudo')) ctx.report(run)
    })
  },
})
