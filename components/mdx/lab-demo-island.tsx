'use client'
/**
 * Loads a LabDemo's interactive panels only in the browser and only on demand, so lesson pages keep
 * their initial JavaScript small (the simulator and the stage graph arrive in lazy chunks).
 */
import dynamic from 'next/dynamic'
import type { DemoPanelsProps } from '@/components/lab/demo-panels'

const DemoPanels = dynamic(() => import('@/components/lab/demo-panels'), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-40 animate-pulse rounded-md bg-surface" />,
})

export function LabDemoIsland(props: DemoPanelsProps) {
  return <DemoPanels {...props} />
}
