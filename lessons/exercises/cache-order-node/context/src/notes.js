const { Router } = require('express')

const store = new Map()
let nextId = 1
const notes = Router()

notes.get('/', (_req, res) => res.json([...store.values()]))

notes.post('/', (req, res) => {
  const text = String(req.body?.text ?? '').trim()
  if (!text) return res.status(400).json({ error: 'text is required' })
  const note = { id: nextId++, text, createdAt: new Date().toISOString() }
  store.set(note.id, note)
  res.status(201).json(note)
})

notes.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id))
  res.status(removed ? 204 : 404).end()
})

module.exports = { notes }
