import Taro from '@tarojs/taro'

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
  personas: '/packages/qa/personas/index',
  qaTools: '/packages/qa/tools/index',
} as const

export type Route = (typeof routes)[keyof typeof routes]

const TAB_ROUTES: readonly string[] = [routes.serviceHall, routes.mine]

export function navigate(route: Route, query: Record<string, string> = {}): void {
  if (TAB_ROUTES.includes(route)) {
    void Taro.switchTab({ url: route })
    return
  }
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  void Taro.navigateTo({ url: search ? `${route}?${search}` : route })
}

export function goBack(): void {
  void Taro.navigateBack()
}

export function redirect(route: Route, query: Record<string, string> = {}): void {
  const search = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  void Taro.redirectTo({ url: search ? `${route}?${search}` : route })
}
