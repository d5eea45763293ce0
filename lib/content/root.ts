/**
 * The project root for server-only content loaders. The site build and tests run from the root; the
 * CLI sets STAGECRAFT_ROOT to its package folder so it works from any directory.
 */
import path from 'node:path'

export const projectRoot = process.env.STAGECRAFT_ROOT || process.cwd()
export const contentDir = path.join(projectRoot, 'lessons')
