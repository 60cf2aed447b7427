/** Money is an integer number of 分 everywhere; these helpers are the only place it becomes text. */
export type Fen = number

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/** 1234567 → "1,234,567" (no Intl: not every mini-program engine has it). */
function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 123456 → "1,234.56" (no currency sign); negative amounts keep their sign. */
export function formatYuanPlain(fen: Fen): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, '0')
  return `${sign}${groupThousands(yuan)}.${cents}`
}

/** 123456 → "¥1,234.56"; -5000 → "-¥50.00". */
export function formatYuan(fen: Fen): string {
  return fen < 0 ? `-¥${formatYuanPlain(-fen)}` : `¥${formatYuanPlain(fen)}`
}

/** Parses what a citizen types ("300", "300.5", "1,200.00") into 分; null when it is not money. */
export function parseYuan(text: string): Fen | null {
  const cleaned = text.replace(/[,，\s¥￥]/g, '')
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(cleaned)
  if (!match) return null
  const cents = (match[2] ?? '').padEnd(2, '0')
  return Number(match[1]) * 100 + Number(cents)
}

/** Chart labels: whole yuan, rounded up so a small but real amount never reads "0元". */
export function formatWholeYuan(fen: Fen): string {
  return `${groupThousands(Math.ceil(fen / 100))}元`
}
