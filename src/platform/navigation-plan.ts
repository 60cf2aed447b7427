/**
 * Both clients keep at most ten pages on the stack (WeChat 页面路由: 页面栈最多十层; Alipay
 * my.navigateTo: 页面栈最多十层); a navigateTo beyond that fails and the tap does nothing.
 */
export const MAX_PAGE_STACK = 10

export type NavigationPlan =
  { kind: 'push' } | { kind: 'back'; delta: number } | { kind: 'redirect' } | { kind: 'stay' }

/** A page on the stack as the client reports it (getCurrentPages): its route and query. */
export interface StackedPage {
  route: string
  /** Unknown when the client does not report it: then only a query-less page counts as the same. */
  query?: Record<string, string>
}

const bare = (route: string) => route.replace(/^\//, '').split('?')[0]

function sameQuery(a: Record<string, string> | undefined, b: Record<string, string>): boolean {
  if (!a) return Object.keys(b).length === 0
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k])
}

/**
 * How to reach `route` (a non-tab page) from `stack` (bottom first) without dead-ending: the same
 * page already on the stack is gone back to, so round trips (共济绑定 ↔ 常见问题) never grow the
 * stack; a full stack replaces its top page instead of pushing.
 */
export function planNavigation(
  stack: readonly StackedPage[],
  route: string,
  query: Record<string, string>,
): NavigationPlan {
  const index = stack.findIndex((page) => bare(page.route) === bare(route))
  if (index >= 0 && sameQuery(stack[index].query, query)) {
    const delta = stack.length - 1 - index
    return delta === 0 ? { kind: 'stay' } : { kind: 'back', delta }
  }
  return stack.length >= MAX_PAGE_STACK ? { kind: 'redirect' } : { kind: 'push' }
}
