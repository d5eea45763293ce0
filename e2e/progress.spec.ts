import { expect, test } from './fixtures'

test('reading a lesson and marking it as read shows up on the course map, and can be cleared', async ({ page }) => {
  await page.goto('/es/')
  const card = (title: RegExp) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })
  const capas = card(/^Capas/)
  await expect(capas.getByText('Sin empezar')).toBeVisible()
  await expect(page.getByText('0 de 2 lecciones completadas')).toBeVisible()

  await capas.getByRole('link').click()
  await expect(page).toHaveURL('/es/lessons/capas/')
  // The button reflects stored progress once the page is live, so the visit has been recorded by then.
  await expect(page.getByRole('button', { name: 'Marcar como leída' })).toHaveAttribute('aria-pressed', 'false')
  await page.goto('/es/')
  await expect(capas.getByText('En curso')).toBeVisible()

  await page.goto('/es/lessons/capas/')
  const mark = page.getByRole('button', { name: 'Marcar como leída' })
  await expect(mark).toHaveAttribute('aria-pressed', 'false')
  await mark.click()
  await expect(mark).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('status').filter({ hasText: 'Lección completada' })).toBeVisible()

  // Progress is shared by both languages and survives a reload.
  await page.goto('/en/')
  await page.reload()
  await expect(card(/^Layers/).getByText('Completed')).toBeVisible()
  await expect(page.getByText('1 of 2 lessons completed')).toBeVisible()

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Clear my progress' }).click()
  await expect(card(/^Layers/).getByText('Not started')).toBeVisible()
  await expect(page.getByText('0 of 2 lessons completed')).toBeVisible()
})

test('a corrupt progress value in storage does not break the course map', async ({ page }) => {
  await page.goto('/es/')
  await page.evaluate(() => localStorage.setItem('stagecraft:progress:v1', '{not json'))
  await page.reload()
  await expect(page.getByText('0 de 2 lecciones completadas')).toBeVisible()
})
