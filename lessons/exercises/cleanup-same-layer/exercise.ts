import { defineCheck, fail, imageLacks } from '@/lib/grade/checks'
import { finalStage } from '@/lib/simulate/queries'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: 'cleanup-same-layer',
  lesson: 'estrategias-avanzadas',
  title: { es: 'Compilar y limpiar en la misma capa', en: 'Compile and clean up in the same layer' },
  statement: {
    es: 'uWSGI no tiene wheel para Alpine, así que pip lo compila con gcc, musl-dev y linux-headers. El Dockerfile borra el compilador y la caché de pip, pero en un RUN posterior: esos bytes siguen en las capas de abajo y la imagen no adelgaza. Consigue que ninguna capa de la imagen final lleve el toolchain ni la caché de pip, con las dependencias de requirements.txt instaladas. Vale un solo RUN que instale y limpie, o una etapa de build aparte.',
    en: 'uWSGI has no wheel for Alpine, so pip compiles it with gcc, musl-dev and linux-headers. The Dockerfile deletes the compiler and pip\'s cache, but in a later RUN: those bytes stay in the layers below and the image does not shrink. Make sure no layer of the final image carries the toolchain or pip\'s cache, with the dependencies from requirements.txt installed. One RUN that installs and cleans up works, and so does a separate build stage.',
  },
  hints: [
    {
      es: 'Cada RUN es una capa, y borrar en una capa posterior solo la tapa. Lo que se instala y se borra dentro del mismo RUN nunca llega a la capa.',
      en: 'Each RUN is a layer, and deleting in a later layer only hides it. What is installed and deleted within the same RUN never reaches the layer.',
    },
    {
      es: 'Junta los tres pasos con `&&`: `apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers && pip install --no-cache-dir -r requirements.txt && apk del .build-deps`.',
      en: 'Join the three steps with `&&`: `apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers && pip install --no-cache-dir -r requirements.txt && apk del .build-deps`.',
    },
    {
      es: 'La otra vía: compila en una etapa `builder` dentro de un virtualenv (`python -m venv /opt/venv`) y copia solo `/opt/venv` a una etapa final limpia, con `ENV PATH=/opt/venv/bin:$PATH`.',
      en: 'The other way: compile in a `builder` stage into a virtualenv (`python -m venv /opt/venv`) and copy only `/opt/venv` into a clean final stage, with `ENV PATH=/opt/venv/bin:$PATH`.',
    },
  ],
  concepts: ['CleanupInSeparateLayer', 'BuildToolsInFinalImage', 'DL3042', 'DL3018'],
  checks: [
    imageLacks('no-toolchain-in-layers',
      { es: 'Ninguna capa de la imagen final lleva el compilador ni las cabeceras', en: 'No layer of the final image carries the compiler or the headers' },
      ['compiler', 'build-tool'], { es: 'el toolchain de compilación', en: 'the build toolchain' }),
    imageLacks('no-pip-cache-in-layers',
      { es: 'Ninguna capa de la imagen final lleva la caché de pip', en: 'No layer of the final image carries pip\'s cache' },
      ['pip-cache'], { es: 'la caché de pip', en: 'pip\'s cache' }),
    defineCheck('requirements-installed', {
      es: 'Las dependencias de requirements.txt están instaladas en la imagen final',
      en: 'The dependencies from requirements.txt are installed in the final image',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const deps = [...stage.fs.values()].find((e) => e.tags.includes('dependencies') && e.bytes > 0)
      if (deps) return { passed: true }
      return fail('La imagen final no tiene los paquetes de requirements.txt: ni un pip install en la etapa final ni un COPY --from de lo que instaló otra etapa.',
        'The final image lacks the packages from requirements.txt: neither a pip install in the final stage nor a COPY --from of what another stage installed.')
    }),
  ],
})
