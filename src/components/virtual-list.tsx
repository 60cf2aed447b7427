import './virtual-list.scss'

import { ScrollView, View } from '@tarojs/components'
import { type ReactNode, useState } from 'react'

import { rootFontScale } from '../platform/font-scale'
import { ROWS_IN_READING_ORDER } from '../platform/list-order'
import { designPx, screenHeight } from '../platform/screen'
import { useOptionalStores } from '../stores/store-context'

/** Rows drawn above and below the screen, so a quick flick never shows a blank. */
const OVERSCAN = 6
/** The drawn window moves in steps of this many rows: fewer re-renders while scrolling. */
const STEP = 4
/** How close to the last loaded row the next page is asked for. */
const NEAR_END = 20

interface VirtualListProps<T> {
  id: string
  items: readonly T[]
  /** Every row's height in design px (750 wide) at the normal font; all rows are this tall. */
  rowHeight: number
  renderRow: (item: T, index: number) => ReactNode
  /** The citizen is near the last loaded row: time to load the next page. */
  onNearEnd?: () => void
  footer?: ReactNode
}

/** Tenths of a px are plenty, and keep every style in a setData short. */
function px(length: number): string {
  return `${Math.round(length * 10) / 10}px`
}

interface ScrollDetail {
  detail: { scrollTop: number }
}

/**
 * A list of thousands of fixed-height rows of which only those on screen (and a few either side)
 * exist. One spacer view as tall as all rows holds a fixed pool of row views placed by `top`.
 * In a mini-program, when the window moves, a row that left the screen hands its view to the one
 * coming in; the pool's order never changes, so each update it sends to its view layer (setData)
 * is the few rows that changed, never the whole list. On H5 the rows stay in reading order
 * instead, so Tab and screen readers go down the list (platform/list-order).
 */
export function VirtualList<T>({
  id,
  items,
  rowHeight,
  renderRow,
  onNearEnd,
  footer,
}: VirtualListProps<T>) {
  // Rows grow with the text in them: 长辈模式's larger type and an enlarged root font.
  const modeScale = useOptionalStores()?.display.rowScale ?? 1
  const rowPx = designPx(rowHeight) * modeScale * rootFontScale()
  const visibleRows = Math.ceil(screenHeight() / rowPx)
  const poolSize = visibleRows + 2 * OVERSCAN + STEP
  const [first, setFirst] = useState(0)

  const onScroll = (event: ScrollDetail) => {
    const topRow = Math.floor(event.detail.scrollTop / rowPx)
    const start = Math.max(0, topRow - OVERSCAN)
    setFirst(start - (start % STEP))
    if (onNearEnd && topRow + visibleRows >= items.length - NEAR_END) onNearEnd()
  }

  const slots: ReactNode[] = []
  for (let slot = 0; slot < poolSize; slot += 1) {
    const index = ROWS_IN_READING_ORDER
      ? first + slot
      : first + ((slot - (first % poolSize) + poolSize) % poolSize)
    const present = index < items.length
    slots.push(
      <View
        key={ROWS_IN_READING_ORDER ? index : slot}
        className='virtual-list__row'
        style={present ? { top: px(index * rowPx), height: px(rowPx) } : { display: 'none' }}
      >
        {present ? renderRow(items[index], index) : null}
      </View>,
    )
  }

  return (
    <ScrollView
      scrollY
      id={id}
      className='virtual-list'
      lowerThreshold={Math.round(rowPx * 5)}
      onScroll={onScroll}
      onScrollToLower={onNearEnd}
    >
      <View className='virtual-list__body' style={{ height: px(items.length * rowPx) }}>
        {slots}
      </View>
      {footer}
    </ScrollView>
  )
}
