import type { TransferState } from './api'

/** W3: the states of a 医保钱包 transfer as the pages name them. */
export const TRANSFER_STATE_NAMES: Record<TransferState, string> = {
  pending: '待收款',
  accepted: '已收款',
  returned: '已退回',
}
