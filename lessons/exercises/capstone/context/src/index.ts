import express from 'express'
import pino from 'pino'
import { router as tasks } from './tasks'

const log = pino()
const app = express()
app.use(express.json())
app.use('/tasks', tasks)
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'tasks-api listening'))
