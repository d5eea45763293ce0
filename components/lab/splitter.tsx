'use client'
/** A vertical separator between the editor and the panels: drag it, or focus it and use the arrow keys. */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'

export const SPLIT_MIN = 30
export const SPLIT_MAX = 75

export function Splitter({ value, onChange, label }: { value: number; onChange(v: number): void; label: string }) {
  const dragging = useRef<{ left: number; width: number } | null>(null)
  const clamp = (v: number) => Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, v)))
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const grid = e.currentTarget.parentElement?.getBoundingClientRect()
    if (!grid) return
    dragging.current = { left: grid.left, width: grid.width }
    e.currentTarget.setPointerCapture(e.pointerId)
  }
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = dragging.current
    if (d && d.width > 0) onChange(clamp(((e.clientX - d.left) / d.width) * 100))
  }
  const onPointerUp = () => {
    dragging.current = null
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 10 : 5
    const next =
      e.key === 'ArrowLeft' ? value - step : e.key === 'ArrowRight' ? value + step : e.key === 'Home' ? SPLIT_MIN : e.key === 'End' ? SPLIT_MAX : null
    if (next === null) return
    e.preventDefault()
    onChange(clamp(next))
  }
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuenow={value}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      className="group hidden cursor-col-resize touch-none items-stretch justify-center lg:flex"
    >
      <span className="w-1 rounded-full bg-line transition-colors group-hover:bg-accent group-focus-visible:bg-accent" />
    </div>
  )
}
