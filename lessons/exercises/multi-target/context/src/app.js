'use strict'

const express = require('express')
const { nanoid } = require('nanoid')

function createApp() {
  const links = new Map()
  const app = express()
  app.use(express.json())

  app.get('/healthz', (req, res) => res.json({ status: 'ok' }))

  app.post('/links', (req, res) => {
    const { url } = req.body ?? {}
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
      return res.status(400).json({ error: 'url must be an http(s) address' })
    }
    const code = nanoid(7)
    links.set(code, url)
    res.status(201).json({ code, url })
  })

  app.get('/:code', (req, res) => {
    const url = links.get(req.params.code)
    if (!url) return res.sendStatus(404)
    res.redirect(302, url)
  })

  return app
}

module.exports = { createApp }
