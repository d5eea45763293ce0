import { lessonCatalog } from '../lessons/catalog'
import { courseLessons } from '../lessons/course'
import { expect, test } from './fixtures'

const [first, second] = courseLessons

test.describe('a Spanish-speaking visitor', () => {
  test('lands on Spanish, opens a lesson, moves on, and reads the same lesson in English', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/es/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await page.getByRole('link', { name: 'Empezar el curso' }).click()
    await expect(page).toHaveURL(`/es/lessons/${first!.id}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.meta.title.es)

    await page.getByRole('navigation', { name: 'Lecciones anterior y siguiente' }).getByRole('link', { name: /Siguiente/ }).click()
    await expect(page).toHaveURL(`/es/lessons/${second!.id}/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.meta.title.es)

    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(`/en/lessons/${second!.id}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.meta.title.en)

    // The switch works both ways and keeps the page.
    await page.getByRole('link', { name: 'Español' }).click()
    await expect(page).toHaveURL(`/es/lessons/${second!.id}/`)
  })

  test('who picked English once is sent to English next time they open /', async ({ page }) => {
    await page.goto('/es/')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL('/en/')
    await page.goto('/')
    await expect(page).toHaveURL('/en/')
  })
})

test.describe('an English-speaking visitor', () => {
  test.use({ locale: 'en-US' })

  test('lands on English from /', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/en/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})

test.describe('a visitor without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('can still choose a language on /', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL('/en/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

for (const locale of ['es', 'en'] as const) {
  test(`the ${locale} course map lists every lesson of the manifest, in order`, async ({ page }) => {
    await page.goto(`/${locale}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    const titles = courseLessons.map((lesson) => lessonCatalog[lesson.id].title[locale])
    await expect(page.getByRole('heading', { level: 4 })).toHaveText(titles)
  })

  for (const lesson of courseLessons) {
    test(`${locale} lesson "${lesson.id}" has the right language, one h1, and a table of contents that points at real headings`, async ({ page }) => {
      await page.goto(`/${locale}/lessons/${lesson.id}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.meta.title[locale])
      await expect(page.getByRole('list').filter({ has: page.getByText(lesson.meta.youWillLearn[locale][0]!) })).toBeVisible()

      const toc = page.getByRole('navigation', { name: locale === 'es' ? 'En esta página' : 'On this page' })
      const targets = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
      expect(targets.length).toBeGreaterThan(0)
      const missing = await page.evaluate((ids) => ids.filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1), targets.map((t) => t!.slice(1)))
      expect(missing, 'table of contents entries without exactly one target').toEqual([])

      // Each declared exercise gets exactly one slot; a lesson without exercises gets none.
      await expect(page.locator('[data-slot="exercise"]')).toHaveCount(lesson.meta.exercises.length)
    })
  }
}

test('the table of contents jumps to its section', async ({ page }) => {
  await page.goto(`/es/lessons/${second!.id}/`)
  const link = page.getByRole('navigation', { name: 'En esta página' }).getByRole('link').nth(2)
  const name = (await link.textContent())!.trim()
  await link.click()
  await expect(page).toHaveURL(/#.+$/)
  await expect(page.getByRole('heading', { name, exact: true })).toBeInViewport()
  // The live demos above it finish loading after the jump; the reader must still be at the section.
  await expect(page.locator('.lab-demo .animate-pulse')).toHaveCount(0)
  await expect(page.getByRole('heading', { name, exact: true })).toBeInViewport()
})

test('a shared link to a section opens at that section, once the page has finished loading', async ({ page }) => {
  const lessonId = second!.id
  await page.goto(`/es/lessons/${lessonId}/`)
  const link = page.getByRole('navigation', { name: 'En esta página' }).getByRole('link').nth(2)
  const href = (await link.getAttribute('href'))!
  const name = (await link.textContent())!.trim()

  await page.goto(`/es/lessons/${lessonId}/${href}`)
  await expect(page.locator('.lab-demo .animate-pulse')).toHaveCount(0)
  await expect(page.getByRole('heading', { name, exact: true })).toBeInViewport()

  // Once the reader scrolls by hand, the page no longer pulls them back.
  await page.mouse.wheel(0, -2000)
  await page.waitForTimeout(300)
  await expect(page.getByRole('heading', { name, exact: true })).not.toBeInViewport()
})

test('a lesson opened with a malformed #fragment still works', async ({ page }) => {
  await page.goto(`/es/lessons/${second!.id}/#%E0%A4`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.meta.title.es)
  await page.getByRole('navigation', { name: 'En esta página' }).getByRole('link').first().click()
  await expect(page).toHaveURL(/#[a-z0-9-]+$/)
})
