/** Lazy loaders for each lesson's MDX body, per language. Only the lesson page imports this. */
import type { MDXContent } from 'mdx/types'
import type { Locale } from '@/lib/i18n/locales'
import type { LessonId } from './catalog'

type Loader = () => Promise<{ default: MDXContent }>

export const lessonContent: Record<LessonId, Record<Locale, Loader>> = {
  introduccion: {
    es: () => import('./introduccion/es.mdx'),
    en: () => import('./introduccion/en.mdx'),
  },
  capas: {
    es: () => import('./capas/es.mdx'),
    en: () => import('./capas/en.mdx'),
  },
  'estrategias-avanzadas': {
    es: () => import('./estrategias-avanzadas/es.mdx'),
    en: () => import('./estrategias-avanzadas/en.mdx'),
  },
  seguridad: {
    es: () => import('./seguridad/es.mdx'),
    en: () => import('./seguridad/en.mdx'),
  },
  dockerignore: {
    es: () => import('./dockerignore/es.mdx'),
    en: () => import('./dockerignore/en.mdx'),
  },
  resumen: {
    es: () => import('./resumen/es.mdx'),
    en: () => import('./resumen/en.mdx'),
  },
  cache: {
    es: () => import('./cache/es.mdx'),
    en: () => import('./cache/en.mdx'),
  },
  multistage: {
    es: () => import('./multistage/es.mdx'),
    en: () => import('./multistage/en.mdx'),
  },
  instrucciones: {
    es: () => import('./instrucciones/es.mdx'),
    en: () => import('./instrucciones/en.mdx'),
  },
  patrones: {
    es: () => import('./patrones/es.mdx'),
    en: () => import('./patrones/en.mdx'),
  },
}
