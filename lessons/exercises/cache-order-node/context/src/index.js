const express = require('express')
const helmet = require('helmet')
const pino = require('pino')
const { notes } = require('./notes')

const log = pino()
const app = express()
app.use(helmet())
app.use(express.json())
app.use('/notes', notes)
app.get('/healthz', (_req, res) => res.send('ok'))

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'notes-api listening'))
