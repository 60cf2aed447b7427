import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { ReactNode } from 'react'

import { navigate, routes } from '../platform/navigation'
import { useStores } from '../stores/store-context'
import { PageStatus } from './page-status'
import { Tappable } from './tappable'

/** Shows its children only to a logged-in citizen; otherwise says so and offers to log in. */
export const LoginRequired = observer(function LoginRequiredView({
  children,
}: {
  children: ReactNode
}) {
  const { session } = useStores()
  if (!session.restored) return <PageStatus loading />
  if (session.loggedIn) return <>{children}</>
  return (
    <View className='page-status' id='login-required'>
      <Text className='page-status__text'>请先登录后再办理家庭共济业务。</Text>
      <Tappable
        as='button'
        className='btn btn-primary'
        id='go-login'
        onClick={() => navigate(routes.mine)}
      >
        去登录
      </Tappable>
    </View>
  )
})
