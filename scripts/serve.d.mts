import type { Server } from 'node:http'
export declare const mimeTypes: Record<string, string>
export declare function contentType(file: string): string
export declare function createStaticServer(root: string): Server
export declare function serve(root: string, port?: number): Promise<{ server: Server; url: string }>
