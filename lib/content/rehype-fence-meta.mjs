/**
 * Rehype plugin: MDX drops a code fence's meta string (```dockerfile bad="DL3020"), keeping it only in
 * hast `data`. This copies it onto <code data-meta="…"> so the `pre` component can read it.
 * Plain .mjs with no dependencies, because @next/mdx imports it by absolute path under Turbopack.
 */
export default function rehypeFenceMeta() {
  return (tree) => {
    const visit = (node) => {
      if (node.type === 'element' && node.tagName === 'code' && node.data?.meta) {
        node.properties = { ...node.properties, dataMeta: String(node.data.meta) }
      }
      for (const child of node.children ?? []) visit(child)
    }
    visit(tree)
  }
}
