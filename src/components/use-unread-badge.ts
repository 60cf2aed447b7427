import { useDidShow } from '@tarojs/taro'
import { reaction } from 'mobx'
import { useEffect } from 'react'

import { showUnreadBadge } from '../platform/tab-badge'
import { useStores } from '../stores/store-context'

/** On a tab page: the 消息 unread count is fetched when shown and kept on the "我的" tab. */
export function useUnreadBadge(): void {
  const { inbox, session } = useStores()
  useDidShow(() => {
    if (session.loggedIn) void inbox.load()
  })
  useEffect(
    () =>
      reaction(() => (session.loggedIn ? inbox.unread : 0), showUnreadBadge, {
        fireImmediately: true,
      }),
    [inbox, session],
  )
}
