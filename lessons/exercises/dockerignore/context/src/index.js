'use strict'

const express = require('express')
const pino = require('pino')
const { router } = require('./recipes')

const log = pino()
const app = express()
app.use(express.json())
app.use('/recipes', router)
app.get('/healthz', (req, res) => res.json({ status: 'ok' }))

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'recipes API listening'))
