import {
  assertTransition,
  BINDING_STATE_NAMES,
  type BindingState,
  canTransition,
  countsTowardFamily,
} from '../../../src/domain/binding-state'
import { DomainError } from '../../../src/domain/errors'

const STATES: BindingState[] = ['pending', 'active', 'declined', 'expired', 'withdrawn', 'ended']
const ALLOWED = [
  'pending→active',
  'pending→declined',
  'pending→expired',
  'pending→withdrawn',
  'active→ended',
]

describe('binding lifecycle (F5)', () => {
  it.each(STATES.flatMap((from) => STATES.map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      const allowed = ALLOWED.includes(`${from}→${to}`)
      expect(canTransition(from, to)).toBe(allowed)
      if (allowed) expect(() => assertTransition(from, to)).not.toThrow()
      else expect(() => assertTransition(from, to)).toThrow(DomainError)
    },
  )

  it('names the current state in the error, in the words of the member cards', () => {
    try {
      assertTransition('ended', 'active')
      throw new Error('no error')
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError)
      expect((error as DomainError).code).toBe('E_BINDING_STATE')
      expect((error as DomainError).message).toBe('该绑定当前状态为“已解除”，不能进行此操作。')
    }
  })

  it('uses the copy deck’s state names', () => {
    expect(BINDING_STATE_NAMES).toEqual({
      pending: '待确认',
      active: '已绑定',
      declined: '已拒绝',
      expired: '已失效',
      withdrawn: '已撤回',
      ended: '已解除',
    })
  })

  it('counts active and pending bindings toward a family (S5)', () => {
    expect(STATES.filter(countsTowardFamily)).toEqual(['pending', 'active'])
  })
})
