export default definePageConfig({ navigationBarTitleText: '我要办' })
