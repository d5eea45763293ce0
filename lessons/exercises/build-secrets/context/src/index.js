'use strict'

const express = require('express')
const pino = require('pino')
const { formatMoney, sum } = require('@acme/money')

const log = pino()
const app = express()
app.use(express.json())

const invoices = []

app.get('/healthz', (req, res) => res.json({ status: 'ok' }))

app.get('/invoices', (req, res) => {
  res.json(invoices.map((inv) => ({ ...inv, total: formatMoney(inv.totalCents, inv.currency) })))
})

app.post('/invoices', (req, res) => {
  const { customer, currency = 'EUR', lines = [] } = req.body ?? {}
  if (typeof customer !== 'string' || !Array.isArray(lines)) {
    return res.status(400).json({ error: 'customer and lines are required' })
  }
  const invoice = { id: invoices.length + 1, customer, currency, lines, totalCents: sum(lines.map((l) => l.amountCents)) }
  invoices.push(invoice)
  res.status(201).json({ ...invoice, total: formatMoney(invoice.totalCents, currency) })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => log.info({ port }, 'invoice-api listening'))
