import express from 'express'

const app = express()
app.get('/', (_req, res) => {
  res.json({ message: 'hello from a small image' })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => console.log(`listening on ${port}`))
