/** Every lesson's validated metadata, by id. Order lives in course.ts, not here. */
import cache from './cache/meta'
import capas from './capas/meta'
import dockerignore from './dockerignore/meta'
import estrategiasAvanzadas from './estrategias-avanzadas/meta'
import instrucciones from './instrucciones/meta'
import introduccion from './introduccion/meta'
import multistage from './multistage/meta'
import patrones from './patrones/meta'
import resumen from './resumen/meta'
import seguridad from './seguridad/meta'
import type { LessonMeta } from './schema'

export const lessonCatalog = {
  introduccion,
  capas,
  'estrategias-avanzadas': estrategiasAvanzadas,
  seguridad,
  dockerignore,
  resumen,
  cache,
  multistage,
  instrucciones,
  patrones,
} satisfies Record<string, LessonMeta>

export type LessonId = keyof typeof lessonCatalog
