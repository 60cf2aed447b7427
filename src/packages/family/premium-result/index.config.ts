export default definePageConfig({ navigationBarTitleText: '代缴结果' })
