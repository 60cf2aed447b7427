export default definePageConfig({ navigationBarTitleText: '跨省共济（医保钱包）' })
