/** Spanish UI strings of the lab (editor, panels, playground). The reference shape for lab.en.ts. */
const labEs = {
  playground: {
    title: 'Laboratorio',
    metaDescription: 'Escribe un Dockerfile y mira al instante sus problemas, sus etapas, su tamaño estimado y qué se reconstruye cuando cambias un archivo.',
    lead: 'Escribe o pega un Dockerfile. Todo se analiza en tu navegador mientras escribes: nada sale de tu máquina.',
    loading: 'Cargando el laboratorio…',
    example: 'Ejemplo',
    chooseExample: 'Cargar un ejemplo…',
    exampleLoaded: (title: string) => `Ejemplo cargado: ${title}.`,
    undoExample: 'Recuperar mi texto anterior',
    restored: 'Texto anterior recuperado.',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado al portapapeles.',
    linkCopyFailed: 'No se pudo copiar automáticamente. Copia el enlace de este campo:',
    shareLinkLabel: 'Enlace para compartir',
    download: 'Descargar Dockerfile',
    sharedOpened: 'Abriste un enlace compartido: el Dockerfile y su contexto vienen del enlace.',
    savedLocally: 'Tu Dockerfile se guarda en este navegador.',
    tooBig: 'El enlace es demasiado largo o está dañado; se abrió tu último Dockerfile.',
  },
  editor: {
    label: 'Editor del Dockerfile',
    loading: 'Cargando el editor…',
    tabHint: (keys: string) => `Tab inserta sangría. Pulsa ${keys} para que Tab mueva el foco fuera del editor.`,
    quickFixHint: (keys: string) => `${keys} muestra los arreglos rápidos del problema bajo el cursor.`,
    fallbackLabel: 'Dockerfile (editor simple mientras carga el editor completo)',
    loadFailed: 'No se pudo cargar el editor completo; puedes seguir escribiendo en este editor simple.',
  },
  analysis: {
    failed: 'El análisis falló con este texto. Se muestran los últimos resultados válidos.',
    summary: (errors: number, warnings: number, others: number) => {
      const parts = []
      if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errores'}`)
      if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}`)
      if (others) parts.push(`${others} ${others === 1 ? 'sugerencia' : 'sugerencias'}`)
      return parts.length ? `Problemas: ${parts.join(', ')}.` : 'Sin problemas: el analizador no encontró nada que mejorar.'
    },
  },
  panels: {
    label: 'Paneles del laboratorio',
    problems: 'Problemas',
    stages: 'Etapas',
    layers: 'Capas y tamaño',
    whatIf: '¿Y si…?',
    context: 'Contexto',
    resize: 'Cambiar el ancho del editor y los paneles',
    comingSoon: 'Este panel estará disponible pronto.',
  },
  problems: {
    none: 'Sin problemas. Buen trabajo: el analizador no encontró nada que mejorar.',
    count: (n: number) => (n === 1 ? '1 problema' : `${n} problemas`),
    line: (n: number) => `Línea ${n}`,
    goToLine: (n: number) => `Ir a la línea ${n}`,
    rulePage: (id: string) => `Regla ${id}`,
    rulePageLabel: (id: string) => `Abrir la página de la regla ${id}`,
    fix: (title: string) => `Arreglar: ${title}`,
    severity: { error: 'Error', warning: 'Aviso', info: 'Info', style: 'Estilo' },
  },
  hover: {
    why: 'Por qué importa:',
    fix: 'Cómo arreglarlo:',
    rulePage: (id: string) => `Ver la regla ${id} →`,
  },
  context: {
    intro: 'Los archivos que `docker build` enviaría al builder. Edítalos, añade otros o cambia el .dockerignore: el análisis y la simulación los usan.',
    files: 'Archivos',
    add: 'Añadir archivo',
    newPath: 'Ruta del archivo nuevo',
    invalidPath: 'Usa una ruta relativa dentro del contexto, sin comodines ni "..".',
    remove: (path: string) => `Quitar ${path}`,
    edit: (path: string) => `Editar ${path}`,
    content: (path: string) => `Contenido de ${path}`,
    sizeOnly: (size: string) => `Solo tamaño: ${size} (sin contenido de texto)`,
    dockerignore: '.dockerignore',
    dockerignoreLabel: 'Contenido del .dockerignore',
    noDockerignore: 'Sin .dockerignore: se envía todo el contexto.',
    addDockerignore: 'Crear .dockerignore',
    removeDockerignore: 'Quitar .dockerignore',
    ignored: 'ignorado',
    empty: 'El contexto está vacío.',
  },
}

export type LabDictionary = typeof labEs
export default labEs
