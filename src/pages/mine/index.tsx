import './index.scss'

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { Cell } from '../../components/cell'
import { ElderModeSwitch, PageRoot } from '../../components/display-mode'
import { PageStatus } from '../../components/page-status'
import { QaEntriesSlot } from '../../components/qa-entries-slot'
import { Tappable } from '../../components/tappable'
import { useUnreadBadge } from '../../components/use-unread-badge'
import { maskName } from '../../domain/id-number'
import { confirmAction } from '../../platform/feedback'
import { navigate, routes } from '../../platform/navigation'
import { useStores } from '../../stores/store-context'

/**
 * 我的: who is logged in, log in / out, and in simulated builds the QA entries. Logging in is
 * picking a test identity; a real-backend build has no login of its own (the official app logs in
 * through the platform's authorization), so it says so instead of offering a button that leads
 * nowhere.
 */
function MinePage() {
  const root = useStores()
  const { session } = root
  const person = session.person
  useUnreadBadge()

  useDidShow(() => {
    if (session.loggedIn) void session.refresh()
  })

  const logout = async () => {
    if (await confirmAction('退出登录', '退出后需要重新登录才能办理业务。', '退出登录')) {
      await session.logout()
    }
  }

  return (
    <PageRoot className='page mine'>
      {!session.restored ? <PageStatus loading /> : null}
      {session.restored && person ? (
        <View className='card mine__person' id='person-card'>
          <Text className='mine__name' id='person-name'>
            {maskName(person.psn_name)}
          </Text>
          <Text className='mine__line'>证件号码：{person.certno}</Text>
          <Text className='mine__line' id='person-insutype'>
            险种：{person.insutype_name}
          </Text>
          <Text className='mine__line' id='person-status'>
            参保状态：{person.psn_insu_stas_name}
          </Text>
          <Text className='mine__line' id='person-place'>
            参保地：{person.insuplc_name}
          </Text>
        </View>
      ) : null}
      {session.restored && !person ? (
        <View className='card mine__person' id='logged-out'>
          <Text className='mine__name'>未登录</Text>
          <Text className='mine__line'>登录后可办理家庭共济等医保业务。</Text>
          {root.hasQaTools ? null : (
            <Text className='mine__line' id='login-note'>
              请在正式版河南医保小程序中登录，登录通过微信或支付宝授权完成。
            </Text>
          )}
        </View>
      ) : null}
      <ElderModeSwitch />
      {session.restored && person ? (
        <View className='card card--flush'>
          <Cell
            id='entry-inbox'
            title='消息'
            note='家人用了您的账户、绑定变化、转账到账'
            value={root.inbox.unread > 0 ? `${root.inbox.unread}条未读` : undefined}
            onClick={() => navigate(routes.inbox)}
          />
        </View>
      ) : null}
      <QaEntriesSlot />
      {session.restored && person ? (
        <Tappable
          as='button'
          className='btn btn-danger'
          id='logout'
          onClick={logout}
          disabled={session.logoutTask.pending}
        >
          退出登录
        </Tappable>
      ) : null}
      {session.restored && !person && root.hasQaTools ? (
        <Tappable
          as='button'
          className='btn btn-primary'
          id='login'
          onClick={() => navigate(routes.personas)}
        >
          登录
        </Tappable>
      ) : null}
    </PageRoot>
  )
}

export default observer(MinePage)
