import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// `npm run build` writes the static site to dist/ (index.html plus hashed files in dist/assets/).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist' },
})
