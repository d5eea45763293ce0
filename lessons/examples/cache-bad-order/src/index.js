const express = require('express')
const pino = require('pino')
const { routes } = require('./routes')

const log = pino()
const app = express()
app.use(express.json())
app.use('/orders', routes)

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'orders-api listening'))
