import './index.scss'

import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'

import { PageRoot } from '../../../components/display-mode'
import { displayTime } from '../../../components/display-time'
import { PageStatus } from '../../../components/page-status'
import { Tappable } from '../../../components/tappable'
import type { MessageLink, MessageView } from '../../../domain/api'
import { navigate, routes } from '../../../platform/navigation'
import { useStores } from '../../../stores/store-context'

/**
 * Where a message leads: the binding, the account entry (a settlement or a 代缴 receipt), or the
 * transfer on 跨省共济（医保钱包）.
 */
function openLink(link: MessageLink | undefined): void {
  if (!link) return
  if (link.target === 'binding') navigate(routes.binding)
  else if (link.target === 'transfer') navigate(routes.wallet, { transfer: link.id })
  else navigate(routes.recordDetail, { id: link.id })
}

const MessageRow = observer(function MessageRowView({ message }: { message: MessageView }) {
  const { inbox } = useStores()
  const open = async () => openLink(await inbox.open(message.id))
  return (
    <Tappable
      className={`card inbox-row ${message.read ? '' : 'inbox-row--unread'}`}
      id={`message-${message.id}`}
      onClick={() => void open()}
    >
      <View className='inbox-row__head'>
        {message.read ? null : (
          <Text className='inbox-row__dot' id={`message-${message.id}-unread`}>
            未读
          </Text>
        )}
        <Text className='inbox-row__title'>{message.title}</Text>
      </View>
      <Text className='inbox-row__body'>{message.body}</Text>
      <Text className='inbox-row__time'>{displayTime(message.time)}</Text>
    </Tappable>
  )
})

/** 消息 (N2): newest first, unread marked; tapping one opens what it is about. */
function InboxPage() {
  const { inbox } = useStores()
  useDidShow(() => void inbox.load())
  const firstLoad = !inbox.loaded
  return (
    <PageRoot className='page inbox'>
      <PageStatus
        loading={firstLoad && inbox.loadTask.pending}
        error={firstLoad ? inbox.loadTask.error : null}
        onRetry={() => void inbox.load()}
      />
      {inbox.loaded ? (
        <View className='inbox__bar'>
          <Text className='inbox__count' id='inbox-unread'>
            未读{inbox.unread}条
          </Text>
          <Tappable
            as='button'
            className='btn btn-plain inbox__read-all'
            id='inbox-read-all'
            disabled={inbox.unread === 0 || inbox.readAllTask.pending}
            onClick={() => void inbox.readAll()}
          >
            全部已读
          </Tappable>
        </View>
      ) : null}
      {inbox.loaded && inbox.messages.length === 0 ? (
        <View className='card notice' id='inbox-empty'>
          <Text className='notice__text'>
            暂无消息。家人使用您的账户、绑定变化和转账到账时会通知您。
          </Text>
        </View>
      ) : null}
      {inbox.messages.map((message) => (
        <MessageRow key={message.id} message={message} />
      ))}
      {inbox.nextCursor !== null ? (
        <Tappable
          as='button'
          className='btn btn-plain'
          id='inbox-more'
          disabled={inbox.loadTask.pending}
          onClick={() => void inbox.loadMore()}
        >
          加载更多
        </Tappable>
      ) : null}
    </PageRoot>
  )
}

export default observer(InboxPage)
