import express from 'express'
import pino from 'pino'
import { stock } from './stock'

const log = pino()
const app = express()
app.use(express.json())
app.use('/stock', stock)
app.get('/healthz', (_req, res) => {
  res.send('ok')
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'inventory-api listening'))
