import { type Fen, formatYuan } from '../domain/money'

/** A binding's yearly limit as the 共济人 reads it (O3): "¥500.00/年" or "不限额". */
export function limitText(limit: Fen | null): string {
  return limit === null ? '不限额' : `${formatYuan(limit)}/年`
}
