import { Router } from 'express'
import { z } from 'zod'

const NewTask = z.object({ title: z.string().min(1).max(200), due: z.string().date().optional() })
type Task = z.infer<typeof NewTask> & { id: number; done: boolean }

const tasks: Task[] = []

export const router = Router()

router.get('/', (_req, res) => {
  res.json(tasks)
})

router.post('/', (req, res) => {
  const parsed = NewTask.safeParse(req.body)
  if (!parsed.success) {
    res.status(400).json({ error: parsed.error.flatten() })
    return
  }
  const task: Task = { id: tasks.length + 1, done: false, ...parsed.data }
  tasks.push(task)
  res.status(201).json(task)
})

router.post('/:id/done', (req, res) => {
  const task = tasks.find((t) => t.id === Number(req.params.id))
  if (!task) {
    res.sendStatus(404)
    return
  }
  task.done = true
  res.json(task)
})
