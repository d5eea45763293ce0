/** Small inline icons (no emoji: not every system font has them). Decorative: always aria-hidden. */
import type { SVGProps } from 'react'

function Svg(props: SVGProps<SVGSVGElement>) {
  return <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props} />
}

export const FolderIcon = () => (
  <Svg>
    <path d="M1.75 3.5h4l1.5 1.5h7v7.5a1 1 0 0 1-1 1h-11.5a1 1 0 0 1-1-1z" />
  </Svg>
)

export const FileIcon = () => (
  <Svg>
    <path d="M4 1.75h5l3 3v9.5H4z" />
    <path d="M9 1.75v3h3" />
  </Svg>
)

export const LinkIcon = () => (
  <Svg>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1.25-1.25a2.5 2.5 0 0 1 3.5 3.5L10.5 8" />
    <path d="M9 11.5l-1.25 1.25a2.5 2.5 0 0 1-3.5-3.5L5.5 8" />
  </Svg>
)

export const PinIcon = () => (
  <Svg>
    <path d="M9.5 1.75l4.75 4.75-2 .75-2.5 2.5-.25 3-5.25-5.25 3-.25 2.5-2.5z" />
    <path d="M5.5 10.5l-3.75 3.75" />
  </Svg>
)

export const TargetIcon = () => (
  <Svg>
    <circle cx="8" cy="8" r="6" />
    <circle cx="8" cy="8" r="2.5" />
  </Svg>
)

export const ErrorIcon = () => (
  <Svg>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5" />
  </Svg>
)

export const WarningIcon = () => (
  <Svg>
    <path d="M8 1.75l6.5 12H1.5z" />
    <path d="M8 6.25v3.25M8 11.75v.01" />
  </Svg>
)

export const InfoIcon = () => (
  <Svg>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M8 7.25v4M8 4.75v.01" />
  </Svg>
)

export const StyleIcon = () => (
  <Svg>
    <path d="M10.75 2.25l3 3-8 8H2.75v-3z" />
  </Svg>
)

export const DownloadIcon = () => (
  <Svg>
    <path d="M8 2v8.5M4.5 7L8 10.5 11.5 7M2.5 13.75h11" />
  </Svg>
)
