import { shanghaiDate } from '../../domain/shanghai-time'
import type { RequestContext } from '../context'
import type { WalletSenderRecord } from '../state/records'

/** W2: today's count, starting again on each Shanghai day; refused attempts never count. */
export function sentToday(ctx: RequestContext, sender: WalletSenderRecord): number {
  return sender.day === shanghaiDate(ctx.now) ? sender.count : 0
}
