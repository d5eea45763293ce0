'use client'
/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs. */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabItem<K extends string> {
  key: K
  label: ReactNode
  content: ReactNode
}

export function Tabs<K extends string>({ items, active, onChange, label, className }: {
  items: TabItem<K>[]
  active: K
  onChange(key: K): void
  label: string
  className?: string
}) {
  const base = useId().replace(/[^a-zA-Z0-9]/g, '')
  const refs = useRef(new Map<K, HTMLButtonElement>())
  const current = items.find((i) => i.key === active) ?? items[0]
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((i) => i.key === current?.key)
    let next = -1
    if (e.key === 'ArrowRight') next = (index + 1) % items.length
    else if (e.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = items.length - 1
    if (next < 0) return
    e.preventDefault()
    const key = items[next]!.key
    onChange(key)
    refs.current.get(key)?.focus()
  }
  if (!current) return null
  return (
    <div className={`flex min-h-0 flex-col ${className ?? ''}`}>
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex shrink-0 gap-1 overflow-x-auto border-b border-line px-1">
        {items.map((item) => {
          const selected = item.key === current.key
          return (
            <button
              key={item.key}
              ref={(el) => {
                if (el) refs.current.set(item.key, el)
                else refs.current.delete(item.key)
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${item.key}`}
              aria-selected={selected}
              aria-controls={`${base}-panel-${item.key}`}
              tabIndex={selected ? 0 : -1}
              data-tab={item.key}
              onClick={() => onChange(item.key)}
              className={`-mb-px inline-flex h-10 shrink-0 items-center gap-1.5 whitespace-nowrap border-b-2 px-3 text-sm font-medium ${
                selected ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'
              }`}
            >
              {item.label}
            </button>
          )
        })}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel-${current.key}`}
        aria-labelledby={`${base}-tab-${current.key}`}
        tabIndex={0}
        data-panel={current.key}
        className="min-h-0 flex-1 overflow-auto"
      >
        {current.content}
      </div>
    </div>
  )
}
