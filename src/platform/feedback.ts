import Taro from '@tarojs/taro'

import { palette } from '../styles/palette'
import { makeOpenModalAccessible } from './modal-a11y'

/** Asks before an irreversible step; resolves true when the citizen confirms. */
export async function confirmAction(
  title: string,
  content: string,
  confirmText = '确定',
): Promise<boolean> {
  // The platforms' default confirm colours are lighter than AA allows for text.
  const answer = Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '取消',
    confirmColor: palette.primary,
    cancelColor: palette.text,
  })
  makeOpenModalAccessible()
  return (await answer).confirm
}

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
