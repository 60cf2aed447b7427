import Taro from '@tarojs/taro'

import { palette } from '../styles/palette'

/** Asks before an irreversible step; resolves true when the citizen confirms. */
export async function confirmAction(
  title: string,
  content: string,
  confirmText = '确定',
): Promise<boolean> {
  // The platforms' default confirm colours are lighter than AA allows for text.
  const result = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '取消',
    confirmColor: palette.primary,
    cancelColor: palette.text,
  })
  return result.confirm
}

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
