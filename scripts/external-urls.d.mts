export declare const cdnHosts: string[]
export declare const allowedMentions: { file: RegExp; url: RegExp; reason: string }[]
export declare function isExternal(url: string): boolean
export declare function externalCssUrls(css: string): string[]
export declare function externalHtmlUrls(html: string): string[]
export declare function externalScriptUrls(js: string): string[]
export declare function cdnMentions(text: string): string[]
export interface Finding {
  file: string
  url: string
  kind: 'html' | 'css' | 'script' | 'cdn'
}
export declare function scanSite(outDir: string): Finding[]
