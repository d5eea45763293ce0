import express from 'express'

const app = express()
app.use(express.json())

const notes: string[] = []

app.get('/notes', (_req, res) => {
  res.json(notes)
})

app.post('/notes', (req, res) => {
  notes.push(String(req.body.text ?? ''))
  res.status(201).json({ count: notes.length })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => console.log(`notes-api listening on ${port}`))
