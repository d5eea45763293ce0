import { Router } from 'express'
import { z } from 'zod'

const Adjustment = z.object({
  sku: z.string().min(1),
  warehouse: z.string().min(1),
  delta: z.number().int(),
})

const levels = new Map<string, number>()
export const stock = Router()

stock.get('/:warehouse/:sku', (req, res) => {
  res.json({ quantity: levels.get(`${req.params.warehouse}/${req.params.sku}`) ?? 0 })
})

stock.post('/adjust', (req, res) => {
  const parsed = Adjustment.safeParse(req.body)
  if (!parsed.success) {
    res.status(400).json({ error: parsed.error.flatten() })
    return
  }
  const { sku, warehouse, delta } = parsed.data
  const key = `${warehouse}/${sku}`
  const quantity = Math.max(0, (levels.get(key) ?? 0) + delta)
  levels.set(key, quantity)
  res.json({ sku, warehouse, quantity })
})
