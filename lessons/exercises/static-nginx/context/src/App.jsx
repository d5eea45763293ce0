import { useState } from 'react'

const RECIPES = [
  { id: 1, name: 'Tortilla de patatas', minutes: 40, tags: ['vegetarian'] },
  { id: 2, name: 'Gazpacho', minutes: 15, tags: ['vegan', 'cold'] },
  { id: 3, name: 'Paella valenciana', minutes: 60, tags: [] },
]

export default function App() {
  const [query, setQuery] = useState('')
  const shown = RECIPES.filter((r) => r.name.toLowerCase().includes(query.toLowerCase()))
  return (
    <main>
      <h1>Recipes</h1>
      <input type="search" placeholder="Search…" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul>
        {shown.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong> · {r.minutes} min {r.tags.map((t) => <span key={t} className="tag">{t}</span>)}
          </li>
        ))}
      </ul>
    </main>
  )
}
