import Taro from '@tarojs/taro'

import { planNavigation, type StackedPage } from './navigation-plan'

/** Page routes, so no page spells another page's path by hand. */
export const routes = {
  serviceHall: '/pages/service-hall/index',
  mine: '/pages/mine/index',
  familyHub: '/packages/family/hub/index',
  binding: '/packages/family/binding/index',
  addMember: '/packages/family/add-member/index',
  memberDetail: '/packages/family/member-detail/index',
  premium: '/packages/family/premium/index',
  premiumResult: '/packages/family/premium-result/index',
  changePin: '/packages/family/change-pin/index',
  records: '/packages/family/records/index',
  recordDetail: '/packages/family/record-detail/index',
  faq: '/packages/family/faq/index',
  inbox: '/packages/family/inbox/index',
  wallet: '/packages/family/wallet/index',
  personas: '/packages/qa/personas/index',
  qaTools: '/packages/qa/tools/index',
} as const

export type Route = (typeof routes)[keyof typeof routes]

const TAB_ROUTES: readonly string[] = [routes.serviceHall, routes.mine]

function withQuery(route: Route, query: Record<string, string>): string {
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return search ? `${route}?${search}` : route
}

/** The client's page stack, bottom first, as routes with their queries. */
function currentStack(): StackedPage[] {
  return Taro.getCurrentPages().map((page) => ({
    route: page.route ?? '',
    query: page.options as Record<string, string> | undefined,
  }))
}

/**
 * Opens a page the way that cannot dead-end (navigation-plan.ts): back to it when it is already
 * on the stack, a redirect when the stack is full, else a push. A push the client still refuses
 * becomes a redirect rather than a tap that does nothing.
 */
export function navigate(route: Route, query: Record<string, string> = {}): void {
  if (TAB_ROUTES.includes(route)) {
    void Taro.switchTab({ url: route })
    return
  }
  const url = withQuery(route, query)
  const plan = planNavigation(currentStack(), route, query)
  if (plan.kind === 'back') void Taro.navigateBack({ delta: plan.delta })
  else if (plan.kind === 'redirect') void Taro.redirectTo({ url })
  else if (plan.kind === 'push') {
    void Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
  }
}

export function goBack(): void {
  void Taro.navigateBack()
}

export function redirect(route: Route, query: Record<string, string> = {}): void {
  void Taro.redirectTo({ url: withQuery(route, query) })
}
