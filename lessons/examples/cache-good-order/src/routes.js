const { Router } = require('express')

const orders = []
const routes = Router()

routes.get('/', (_req, res) => res.json(orders))
routes.post('/', (req, res) => {
  orders.push({ id: orders.length + 1, ...req.body })
  res.status(201).json(orders.at(-1))
})

module.exports = { routes }
