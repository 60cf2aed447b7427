export default definePageConfig({ navigationBarTitleText: '添加成员' })
