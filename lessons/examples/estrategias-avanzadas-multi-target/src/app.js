import express from 'express'

export const app = express()

app.get('/', (req, res) => {
  res.json({ message: 'hello from a small image' })
})
