import './state-badge.scss'

import { Text } from '@tarojs/components'

import type { BindingState } from '../domain/binding-state'
import { BINDING_STATE_NAMES } from '../domain/binding-state'

/** A binding's 状态 ("已绑定", "待确认" …) as a coloured label, the same on every page. */
export function StateBadge({ state, id }: { state: BindingState; id?: string }) {
  return (
    <Text className={`state-badge state-badge--${state}`} id={id}>
      {BINDING_STATE_NAMES[state]}
    </Text>
  )
}
