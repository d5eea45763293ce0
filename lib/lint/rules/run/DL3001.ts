import { defineRule } from '../../rule'

const TOOLS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'])

export default defineRule({
  meta: {
    id: 'DL3001',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'No uses herramientas interactivas o de administración en RUN', en: 'Do not run interactive or sysadmin tools in RUN' },
    what: {
      es: 'Este RUN ejecuta una herramienta que no tiene sentido durante un build (como ssh, vim, ps, top, kill, mount o service).',
      en: 'This RUN runs a tool that makes no sense during a build (such as ssh, vim, ps, top, kill, mount or service).',
    },
    why: {
      es: 'Un RUN se ejecuta una sola vez, al construir la imagen, en un contenedor temporal sin terminal ni servicios en marcha. Arrancar un servicio, abrir un editor o mirar procesos ahí no deja nada útil en la imagen, y puede colgar o romper el build.',
      en: 'A RUN executes once, while building the image, in a throwaway container with no terminal and no running services. Starting a service, opening an editor or inspecting processes there leaves nothing useful in the image, and can hang or break the build.',
    },
    fix: {
      es: 'Quita esa orden. Para arrancar un proceso cuando se ejecute el contenedor, usa CMD o ENTRYPOINT; para depurar, entra en el contenedor con `docker exec`.',
      en: 'Remove that command. To start a process when the container runs, use CMD or ENTRYPOINT; to debug, get into the container with `docker exec`.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\nRUN service nginx start\n', lines: [3] }],
      good: [{ code: 'FROM nginx:1.27-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\nCMD ["nginx", "-g", "daemon off;"]\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const found = [...new Set(ctx.facts.commands(run).map((c) => c.name).filter((n) => TOOLS.has(n)))]
      if (found.length === 0) return
      const list = found.join(', ')
      ctx.report(run, {
        message: {
          es: `Este RUN ejecuta ${list}, que no tiene sentido durante un build.`,
          en: `This RUN runs ${list}, which makes no sense during a build.`,
        },
      })
    })
  },
})
