'use strict'

const express = require('express')

const router = express.Router()
const recipes = [{ id: 1, name: 'Tortilla de patatas', minutes: 40 }]

router.get('/', (req, res) => res.json(recipes))

router.post('/', (req, res) => {
  const { name, minutes } = req.body ?? {}
  if (typeof name !== 'string' || !Number.isInteger(minutes)) {
    return res.status(400).json({ error: 'name and minutes are required' })
  }
  const recipe = { id: recipes.length + 1, name, minutes }
  recipes.push(recipe)
  res.status(201).json(recipe)
})

module.exports = { router }
