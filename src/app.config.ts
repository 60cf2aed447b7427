// QA pages exist only where a simulated backend answers QA transactions.
const withQaTools = !process.env.TARO_APP_API_BASE || process.env.TARO_APP_QA === 'true'

const familyPages = [
  'hub/index',
  'records/index',
  'record-detail/index',
  'binding/index',
  'add-member/index',
  'member-detail/index',
  'faq/index',
  'premium/index',
  'premium-result/index',
  'change-pin/index',
  'inbox/index',
  'wallet/index',
]

/**
 * Per-platform app.json keys (the config is evaluated at build time, once per platform).
 * WeChat: the v2 component style, components injected on demand, and sitemap.json (only 我要办 is
 * indexable). Alipay: its title text colour is `navigationBarFrontColor`; it ignores
 * `navigationBarTextStyle`.
 */
const platformAppKeys =
  process.env.TARO_ENV === 'weapp'
    ? { style: 'v2', lazyCodeLoading: 'requiredComponents', sitemapLocation: 'sitemap.json' }
    : {}
const platformWindowKeys =
  process.env.TARO_ENV === 'alipay' ? { navigationBarFrontColor: 'white' } : {}

export default defineAppConfig({
  ...platformAppKeys,
  pages: ['pages/service-hall/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/family', pages: familyPages },
    ...(withQaTools ? [{ root: 'packages/qa', pages: ['personas/index', 'tools/index'] }] : []),
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0a5bd6',
    navigationBarTitleText: '河南医保',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
    ...platformWindowKeys,
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#0a5bd6',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/service-hall/index', text: '我要办' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
})
