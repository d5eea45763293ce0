import { test } from 'node:test'
import request from 'supertest'
import { app } from '../src/app.js'

test('GET / answers with a greeting', async () => {
  const res = await request(app).get('/')
  if (res.status !== 200) throw new Error(`status ${res.status}`)
})
