/** Small inline icons (no icon package in the bundle). Decorative: the text next to them carries the meaning. */
import type { Severity } from "../domain";

const SIZE = 16;

function Svg({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <svg
      width={SIZE}
      height={SIZE}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="currentColor"
    >
      {children}
    </svg>
  );
}

export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  if (severity === "error")
    return (
      <Svg className={className}>
        <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.15 3.85L8 7 5.85 4.85l-1 1L7 8l-2.15 2.15 1 1L8 9l2.15 2.15 1-1L9 8l2.15-2.15-1-1Z" />
      </Svg>
    );
  if (severity === "warning")
    return (
      <Svg className={className}>
        <path d="M8 1.2 15.2 14H.8L8 1.2Zm-.75 4.3v4.7h1.5V5.5h-1.5Zm0 5.8v1.5h1.5v-1.5h-1.5Z" />
      </Svg>
    );
  return (
    <Svg className={className}>
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.75 6v5h1.5V7h-1.5Zm0-2.8v1.5h1.5V4.2h-1.5Z" />
    </Svg>
  );
}

export function OkIcon({ className }: { className?: string }) {
  return (
    <Svg className={className}>
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.1 4.3L7 9.4 4.9 7.3l-1 1L7 11.4l5.1-5.1-1-1Z" />
    </Svg>
  );
}

export function ChevronIcon({ open }: { open: boolean }) {
  return (
    <Svg>
      <path
        d={
          open ? "M3.5 5.5 8 10l4.5-4.5 1 1L8 12 2.5 6.5l1-1Z" : "M5.5 2.5 11 8l-5.5 5.5-1-1L9 8 4.5 3.5l1-1Z"
        }
      />
    </Svg>
  );
}

export function ChartIcon() {
  return (
    <Svg>
      <path d="M2 13h12v1.5H2V13Zm1-5h2.5v4H3V8Zm4-4h2.5v8H7V4Zm4 2h2.5v6H11V6Z" />
    </Svg>
  );
}

export function InfoIcon() {
  return (
    <Svg>
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.3a5.7 5.7 0 1 0 0 11.4A5.7 5.7 0 0 0 8 2.3ZM7.3 7h1.4v4.8H7.3V7Zm0-2.6h1.4v1.4H7.3V4.4Z" />
    </Svg>
  );
}

export function FilterIcon() {
  return (
    <Svg>
      <path d="M2 3h12v1.5H2V3Zm2 4.25h8v1.5H4v-1.5Zm2 4.25h4V13H6v-1.5Z" />
    </Svg>
  );
}

export function MoreIcon() {
  return (
    <Svg>
      <path d="M2 6.5h3v3H2v-3Zm4.5 0h3v3h-3v-3Zm4.5 0h3v3h-3v-3Z" />
    </Svg>
  );
}
