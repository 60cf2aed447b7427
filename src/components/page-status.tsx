import './page-status.scss'

import { Text, View } from '@tarojs/components'

import { liveAttributes } from '../platform/a11y'
import type { ApiError } from '../stores/task'
import { Tappable } from './tappable'

interface PageStatusProps {
  loading?: boolean
  error?: ApiError | null
  onRetry?: () => void
  /** Shown instead of the retry button when the error needs another step (e.g. log in). */
  action?: { label: string; onClick: () => void }
}

/** Loading and error states every page shares; the message is the backend's, unchanged. */
export function PageStatus({ loading, error, onRetry, action }: PageStatusProps) {
  if (loading) {
    return (
      <View className='page-status' id='page-loading'>
        <Text className='page-status__text'>加载中…</Text>
      </View>
    )
  }
  if (!error) return null
  return (
    <View className='page-status page-status--error' id='page-error' {...liveAttributes('alert')}>
      <Text className='page-status__text'>{error.message}</Text>
      {action ? (
        <Tappable
          as='button'
          className='btn btn-primary'
          id='page-error-action'
          onClick={action.onClick}
        >
          {action.label}
        </Tappable>
      ) : onRetry ? (
        <Tappable as='button' className='btn btn-plain' id='page-error-retry' onClick={onRetry}>
          重试
        </Tappable>
      ) : null}
    </View>
  )
}

export function EmptyState({ text, children }: { text: string; children?: React.ReactNode }) {
  return (
    <View className='page-status' id='page-empty'>
      <Text className='page-status__text'>{text}</Text>
      {children}
    </View>
  )
}
