import { DomainError } from './errors'

/** Binding lifecycle (rule F5): pending → active | declined | expired | withdrawn; active → ended. */
export type BindingState = 'pending' | 'active' | 'declined' | 'expired' | 'withdrawn' | 'ended'

export const BINDING_STATE_NAMES: Record<BindingState, string> = {
  pending: '待确认',
  active: '已绑定',
  declined: '已拒绝',
  expired: '已失效',
  withdrawn: '已撤回',
  ended: '已解除',
}

const TRANSITIONS: Record<BindingState, readonly BindingState[]> = {
  pending: ['active', 'declined', 'expired', 'withdrawn'],
  active: ['ended'],
  declined: [],
  expired: [],
  withdrawn: [],
  ended: [],
}

export function canTransition(from: BindingState, to: BindingState): boolean {
  return TRANSITIONS[from].includes(to)
}

/** Throws E_BINDING_STATE for a transition the lifecycle does not have; never a silent no-op. */
export function assertTransition(from: BindingState, to: BindingState): void {
  if (!canTransition(from, to)) {
    throw new DomainError('E_BINDING_STATE', { 状态: BINDING_STATE_NAMES[from] })
  }
}

/** Bindings that count toward a family's size (rule S5). */
export function countsTowardFamily(state: BindingState): boolean {
  return state === 'active' || state === 'pending'
}
