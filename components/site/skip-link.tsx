/** First focusable element on every page: jumps past the header to the main content. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-medium text-accent-contrast focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {label}
    </a>
  )
}
