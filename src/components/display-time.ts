import { parseIsoTime, toIsoShanghai } from '../domain/shanghai-time'

/** '2026-11-23T14:05:00+08:00' → '2026-11-23 14:05', in Shanghai time whatever the device's zone. */
export function displayTime(iso: string): string {
  const epochMs = parseIsoTime(iso)
  if (epochMs === null) return iso
  const shanghai = toIsoShanghai(epochMs)
  return `${shanghai.slice(0, 10)} ${shanghai.slice(11, 16)}`
}
