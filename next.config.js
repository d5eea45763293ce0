// Next.js config: a fully static site (out/) with MDX lessons.
import path from 'node:path'
import createMDX from '@next/mdx'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every route becomes dir/index.html, so any dumb static host or CDN can serve out/.
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // Unmatched URLs (unknown lessons or locales) render app/global-not-found.tsx → out/404.html.
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  agentRules: false,
}

// Turbopack only accepts serializable loader options, so plugins are given as module paths.
// The local plugin is an absolute path because @next/mdx resolves names from each .mdx file's folder.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [path.join(import.meta.dirname, 'lib/content/rehype-fence-meta.mjs')],
  },
})

export default withMDX(nextConfig)
