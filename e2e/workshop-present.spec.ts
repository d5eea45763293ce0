/** The presenter view: one `##` section per screen, keyboard navigation, and a live lab. */
import { getCourseLesson } from '../lessons/course'
import { getLessonHeadings } from '../lib/content/lesson-source'
import { expect, test } from './fixtures'
import { editor, problem, replaceText, visibleText } from './lab-helpers'

const sections = getLessonHeadings('capas', 'es').filter((h) => h.depth === 2)
const total = sections.length + 1

test('one section per screen, moved with arrows, PageUp/PageDown and space, kept in the URL', async ({ page }) => {
  await page.goto('/es/present/capas/')
  const indicator = page.getByTestId('slide-indicator')
  const slide = page.locator('[data-slide]')
  await expect(indicator).toHaveText(`1 / ${total}`)
  await expect(slide.locator('.present-title')).toHaveText(getCourseLesson('capas')!.meta.title.es)
  await expect(slide.locator('h2')).toHaveCount(0)

  const expectSlide = async (n: number) => {
    await expect(indicator).toHaveText(`${n} / ${total}`)
    await expect(slide).toHaveAttribute('data-slide', String(n))
    if (n > 1) {
      await expect(slide.locator('h2')).toHaveCount(1)
      await expect(slide.locator('h2')).toHaveText(sections[n - 2]!.text)
    }
  }

  await page.keyboard.press('ArrowRight')
  await expectSlide(2)
  await expect(page).toHaveURL(/#2$/)
  await page.keyboard.press('PageDown')
  await expectSlide(3)
  await page.keyboard.press(' ')
  await expectSlide(4)
  await page.keyboard.press('PageUp')
  await expectSlide(3)
  await page.keyboard.press('ArrowLeft')
  await expectSlide(2)
  await page.keyboard.press('Shift+ ')
  await expectSlide(1)
  await page.keyboard.press('End')
  await expectSlide(total)
  await page.keyboard.press('ArrowRight')
  await expectSlide(total)
  await page.keyboard.press('Home')
  await expectSlide(1)

  // Buttons do the same, and a reload stays on the slide.
  await page.getByRole('button', { name: 'Siguiente' }).click()
  await page.getByRole('button', { name: 'Siguiente' }).click()
  await expectSlide(3)
  await page.reload()
  await expectSlide(3)
  await page.getByRole('button', { name: 'Anterior' }).click()
  await expectSlide(2)
  await expect(page.getByRole('link', { name: 'Volver a la lección' })).toHaveAttribute('href', '/es/lessons/capas/')
})

test('a live lab on a slide with a Dockerfile: the instructor edits it, and keys in the editor stay there', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/es/present/capas/#2')
  const indicator = page.getByTestId('slide-indicator')
  await expect(indicator).toHaveText(`2 / ${total}`)
  const lab = page.getByTestId('live-lab')
  await lab.getByRole('button', { name: 'Abrir el laboratorio en vivo' }).click()
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('FROM ')

  await replaceText(page, 'FROM ubuntu:latest\nADD app.py /app/\n')
  await expect(problem(page, 'DL3007', 1)).toBeVisible()
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  // Arrows and space typed in the editor edit the text; the slide does not move.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('PageDown')
  await page.keyboard.type(' ')
  await expect(indicator).toHaveText(`2 / ${total}`)

  // Another slide closes the lab; its own lab starts from its own code.
  await page.getByRole('button', { name: 'Siguiente' }).click()
  await expect(indicator).toHaveText(`3 / ${total}`)
  await expect(editor(page)).toHaveCount(0)
})

test('English presenter view', async ({ page }) => {
  await page.goto('/en/present/multistage/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Presenting:')
  await expect(page.getByTestId('slide-indicator')).toHaveText(`1 / ${getLessonHeadings('multistage', 'en').filter((h) => h.depth === 2).length + 1}`)
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('[data-slide] h2')).toHaveText(getLessonHeadings('multistage', 'en').find((h) => h.depth === 2)!.text)
})
