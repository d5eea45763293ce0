export declare const BASE_DIRECTIVES: [string, string][]
export declare const HEADER_POLICY: string
export declare function sha256(text: string): string
export declare function inlineScriptHashes(html: string): string[]
export declare function pagePolicy(hashes: string[]): string
export declare function unsafeMarkup(html: string): string[]
export declare function applyCsp(html: string): string
export declare function applyCspToSite(outDir: string): { files: number; problems: string[] }
