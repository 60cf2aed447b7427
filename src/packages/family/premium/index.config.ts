export default definePageConfig({ navigationBarTitleText: '代缴医保' })
