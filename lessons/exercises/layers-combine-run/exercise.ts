import { defineCheck, fail, imageLacks } from '@/lib/grade/checks'
import { entryAt, finalStage } from '@/lib/simulate/queries'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: 'layers-combine-run',
  lesson: 'capas',
  title: { es: 'Una sola capa para apt-get', en: 'One layer for apt-get' },
  statement: {
    es: 'Esta sonda de disponibilidad instala curl en Ubuntu con tres `RUN` seguidos: `apt-get update`, la instalación y el borrado de las listas de paquetes. Cada `RUN` es una capa, así que las listas siguen dentro de la imagen aunque el último paso las borre. Consigue que curl quede instalado y que las listas no se envíen en ninguna capa.',
    en: 'This uptime probe installs curl on Ubuntu with three separate `RUN`s: `apt-get update`, the install and the removal of the package lists. Each `RUN` is a layer, so the lists are still inside the image even though the last step deletes them. Make curl end up installed and the lists ship in no layer.',
  },
  hints: [
    {
      es: 'Las capas son de solo lectura: borrar un archivo en una capa posterior solo lo oculta, sus bytes siguen en la capa que lo creó.',
      en: 'Layers are read-only: deleting a file in a later layer only hides it; its bytes stay in the layer that created it.',
    },
    {
      es: 'Para que las listas no lleguen a ninguna capa, hay que borrarlas en el mismo `RUN` que las descarga.',
      en: 'For the lists to reach no layer, they must be deleted in the same `RUN` that downloads them.',
    },
    {
      es: 'Encadena los tres comandos con `&&` en un solo `RUN`: `apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*`.',
      en: 'Chain the three commands with `&&` in a single `RUN`: `apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*`.',
    },
  ],
  concepts: ['CleanupInSeparateLayer', 'DL3009', 'DL3059'],
  checks: [
    defineCheck('curl-installed', { es: 'curl está instalado en la imagen final', en: 'curl is installed in the final image' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const curl = entryAt(stage, '/usr/bin/curl')
      if (curl && curl.bytes > 0) return { passed: true }
      return fail('La imagen final no tiene /usr/bin/curl: falta `apt-get install curl` (o se desinstala después).',
        'The final image has no /usr/bin/curl: `apt-get install curl` is missing (or it is removed later).')
    }),
    imageLacks('no-apt-lists-in-layers',
      { es: 'Ninguna capa contiene las listas de apt (/var/lib/apt/lists)', en: 'No layer holds the apt lists (/var/lib/apt/lists)' },
      ['apt-lists'], { es: 'las listas de paquetes de apt', en: 'the apt package lists' }),
  ],
})
