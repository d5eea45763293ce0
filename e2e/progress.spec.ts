import { lessonCatalog } from '../lessons/catalog'
import { courseLessons } from '../lessons/course'
import { dictionaries } from '../lib/i18n'
import { expect, test } from './fixtures'

const total = courseLessons.length
const capasTitle = lessonCatalog.capas.title
const { es, en } = dictionaries

test('reading a lesson and marking it as read shows up on the course map, and can be cleared', async ({ page }) => {
  await page.goto('/es/')
  const card = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  const capas = card(capasTitle.es)
  await expect(capas.getByText('Sin empezar')).toBeVisible()
  await expect(page.getByText(es.home.progressSummary(0, total))).toBeVisible()

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
  await expect(card(capasTitle.en).getByText('Completed')).toBeVisible()
  await expect(page.getByText(en.home.progressSummary(1, total))).toBeVisible()

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Clear my progress' }).click()
  await expect(card(capasTitle.en).getByText('Not started')).toBeVisible()
  await expect(page.getByText(en.home.progressSummary(0, total))).toBeVisible()
})

test('a corrupt progress value in storage does not break the course map', async ({ page }) => {
  await page.goto('/es/')
  await page.evaluate(() => localStorage.setItem('stagecraft:progress:v1', '{not json'))
  await page.reload()
  await expect(page.getByTestId('progress-recovered')).toBeVisible()
  await expect(page.getByText(es.home.progressSummary(0, total))).toBeVisible()
})
