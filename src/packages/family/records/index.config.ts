export default definePageConfig({ navigationBarTitleText: '共济查询' })
