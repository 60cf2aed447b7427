import { findTransaction } from '../src/backend'

/** What one request leaves in the log: never its input (PINs, ID numbers) nor its token. */
export interface RequestLog {
  status: number
  ms: number
  infno?: string
  msgid?: string
  infcode?: number
  errCode?: string
}

const MAX_FIELD = 64

export function formatRequestLog(entry: RequestLog): string {
  const infno = clean(entry.infno ?? '-')
  const name = findTransaction(infno)?.name
  const outcome = entry.infcode === undefined ? '-' : entry.infcode === 0 ? '0' : entry.errCode
  return [
    new Date().toISOString(),
    entry.status,
    infno,
    name ?? '-',
    `msgid=${clean(entry.msgid ?? '-')}`,
    outcome ?? '-',
    `${entry.ms}ms`,
  ].join(' ')
}

/**
 * The infno and msgid are the client's words: cut to length, control characters dropped (no
 * forged log lines), and long digit runs masked in case someone put an ID number in a msgid.
 */
function clean(text: string): string {
  return text
    .slice(0, MAX_FIELD)
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/\d{6,}[\dXx]?/g, (run) => (run.length >= 15 ? `${run.slice(0, 4)}****` : run))
}
