import './state-badge.scss'

import { Text } from '@tarojs/components'

import type { Confirmer } from '../domain/api'
import type { BindingState } from '../domain/binding-state'
import { BINDING_STATE_NAMES } from '../domain/binding-state'

/** The 状态 a citizen reads: a pending binding that waits for a child's parent says so (F2). */
export function stateLabel(state: BindingState, confirmer?: Confirmer): string {
  return state === 'pending' && confirmer === 'guardian'
    ? '待监护人确认'
    : BINDING_STATE_NAMES[state]
}

/**
 * A binding's 状态 ("已绑定", "待确认" …) as a coloured label, the same on every page. A pending
 * binding that waits for a child's parent says so ("待监护人确认", F2).
 */
export function StateBadge({
  state,
  id,
  confirmer,
}: {
  state: BindingState
  id?: string
  confirmer?: Confirmer
}) {
  return (
    <Text className={`state-badge state-badge--${state}`} id={id}>
      {stateLabel(state, confirmer)}
    </Text>
  )
}
