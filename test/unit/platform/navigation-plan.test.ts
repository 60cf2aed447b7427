import { MAX_PAGE_STACK, planNavigation } from '../../../src/platform/navigation-plan'

const HALL = { route: 'pages/service-hall/index', query: {} }
const HUB = { route: 'packages/family/hub/index', query: {} }
const BINDING = { route: 'packages/family/binding/index', query: {} }
const FAQ = '/packages/family/faq/index'

describe('planNavigation', () => {
  it('pushes a page that is not on the stack', () => {
    expect(planNavigation([HALL, HUB, BINDING], FAQ, {})).toEqual({ kind: 'push' })
  })

  it('goes back to the same page already on the stack instead of stacking it again', () => {
    const stack = [HALL, HUB, BINDING, { route: FAQ.slice(1), query: {} }]
    expect(planNavigation(stack, '/packages/family/binding/index', {})).toEqual({
      kind: 'back',
      delta: 1,
    })
    expect(planNavigation(stack, '/packages/family/hub/index', {})).toEqual({
      kind: 'back',
      delta: 2,
    })
  })

  it('stays on the page on top when it is the one asked for', () => {
    expect(planNavigation([HALL, BINDING], '/packages/family/binding/index', {})).toEqual({
      kind: 'stay',
    })
  })

  it('pushes the same page with another query (another record is another page)', () => {
    const detail = { route: 'packages/family/record-detail/index', query: { id: 'S1' } }
    expect(
      planNavigation([HALL, detail], '/packages/family/record-detail/index', { id: 'S2' }),
    ).toEqual({ kind: 'push' })
  })

  it('does not guess when the client does not report a page’s query', () => {
    const detail = { route: 'packages/family/record-detail/index' }
    expect(
      planNavigation([HALL, detail], '/packages/family/record-detail/index', { id: 'S2' }),
    ).toEqual({ kind: 'push' })
    expect(planNavigation([detail, HALL], '/packages/family/record-detail/index', {})).toEqual({
      kind: 'back',
      delta: 1,
    })
  })

  it('redirects instead of pushing onto a full stack', () => {
    const full = Array.from({ length: MAX_PAGE_STACK }, (_, i) => ({
      route: `packages/p${i}/index`,
      query: {},
    }))
    expect(planNavigation(full, FAQ, {})).toEqual({ kind: 'redirect' })
    expect(planNavigation(full.slice(1), FAQ, {})).toEqual({ kind: 'push' })
  })
})
