export declare const LESSON_BUDGET_BYTES: number
export declare function initialScriptSources(html: string): string[]
export interface PageWeight {
  page: string
  scripts: { src: string; raw: number; gzip: number }[]
  raw: number
  gzip: number
  cssGzip: number
  fontBytes: number
}
export declare function initialAssetSources(html: string): { css: string[]; fonts: string[] }
export declare function pageWeight(outDir: string, htmlFile: string): PageWeight
export declare function trackedPages(outDir: string): string[]
