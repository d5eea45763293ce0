import { h, render } from 'preact'

async function main() {
  const recipes = await fetch('/recipes').then((r) => r.json())
  render(
    h('ul', null, recipes.map((r) => h('li', { key: r.id }, `${r.name} (${r.minutes} min)`))),
    document.getElementById('app'),
  )
}

main()
