export default definePageConfig({ navigationBarTitleText: '共济绑定' })
