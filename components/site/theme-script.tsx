import { themeScript } from './theme'

/** Sets the `dark` class on <html> before the first paint. Render inside <head> of every root layout. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />
}
