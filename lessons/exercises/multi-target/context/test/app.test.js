'use strict'

const { test } = require('node:test')
const assert = require('node:assert/strict')
const { createApp } = require('../src/app')

test('rejects a body without a URL', async () => {
  const server = createApp().listen(0)
  const { port } = server.address()
  const res = await fetch(`http://127.0.0.1:${port}/links`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  assert.equal(res.status, 400)
  server.close()
})
