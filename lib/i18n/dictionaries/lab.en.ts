/** English UI strings of the lab. Typed as LabDictionary, so keys match the Spanish reference. */
import type { LabDictionary } from './lab.es'

const labEn: LabDictionary = {
  playground: {
    title: 'Lab',
    metaDescription: 'Write a Dockerfile and instantly see its problems, its stages, its estimated size and what rebuilds when you change a file.',
    lead: 'Write or paste a Dockerfile. Everything is analysed in your browser as you type: nothing leaves your machine.',
    loading: 'Loading the lab…',
    example: 'Example',
    chooseExample: 'Load an example…',
    exampleLoaded: (title: string) => `Example loaded: ${title}.`,
    undoExample: 'Bring back my previous text',
    restored: 'Previous text restored.',
    copyLink: 'Copy link',
    linkCopied: 'Link copied to the clipboard.',
    linkCopyFailed: 'Could not copy automatically. Copy the link from this field:',
    shareLinkLabel: 'Share link',
    download: 'Download Dockerfile',
    sharedOpened: 'You opened a shared link: the Dockerfile and its context come from the link.',
    savedLocally: 'Your Dockerfile is saved in this browser.',
    tooBig: 'The link is too long or damaged; your last Dockerfile was opened instead.',
  },
  editor: {
    label: 'Dockerfile editor',
    loading: 'Loading the editor…',
    tabHint: (keys: string) => `Tab inserts indentation. Press ${keys} to make Tab move focus out of the editor.`,
    quickFixHint: (keys: string) => `${keys} shows quick fixes for the problem under the cursor.`,
    fallbackLabel: 'Dockerfile (simple editor while the full editor loads)',
    loadFailed: 'The full editor could not be loaded; you can keep typing in this simple editor.',
  },
  analysis: {
    failed: 'Analysis failed on this text. Showing the last valid results.',
    summary: (errors: number, warnings: number, others: number) => {
      const parts = []
      if (errors) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`)
      if (warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`)
      if (others) parts.push(`${others} ${others === 1 ? 'suggestion' : 'suggestions'}`)
      return parts.length ? `Problems: ${parts.join(', ')}.` : 'No problems: the analyzer found nothing to improve.'
    },
  },
  panels: {
    label: 'Lab panels',
    problems: 'Problems',
    stages: 'Stages',
    layers: 'Layers and size',
    whatIf: 'What if…',
    context: 'Context',
    resize: 'Resize the editor and the panels',
    comingSoon: 'This panel is coming soon.',
  },
  problems: {
    none: 'No problems. Nice work: the analyzer found nothing to improve.',
    count: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
    line: (n: number) => `Line ${n}`,
    goToLine: (n: number) => `Go to line ${n}`,
    rulePage: (id: string) => `Rule ${id}`,
    rulePageLabel: (id: string) => `Open the page of rule ${id}`,
    fix: (title: string) => `Fix: ${title}`,
    severity: { error: 'Error', warning: 'Warning', info: 'Info', style: 'Style' },
  },
  hover: {
    why: 'Why it matters:',
    fix: 'How to fix it:',
    rulePage: (id: string) => `See rule ${id} →`,
  },
  context: {
    intro: 'The files `docker build` would send to the builder. Edit them, add others or change the .dockerignore: the analysis and the simulation use them.',
    files: 'Files',
    add: 'Add file',
    newPath: 'Path of the new file',
    invalidPath: 'Use a relative path inside the context, without wildcards or "..".',
    remove: (path: string) => `Remove ${path}`,
    edit: (path: string) => `Edit ${path}`,
    content: (path: string) => `Content of ${path}`,
    sizeOnly: (size: string) => `Size only: ${size} (no text content)`,
    dockerignore: '.dockerignore',
    dockerignoreLabel: 'Content of the .dockerignore',
    noDockerignore: 'No .dockerignore: the whole context is sent.',
    addDockerignore: 'Create .dockerignore',
    removeDockerignore: 'Remove .dockerignore',
    ignored: 'ignored',
    empty: 'The context is empty.',
  },
}

export default labEn
