import Taro from '@tarojs/taro'

/** Asks before an irreversible step; resolves true when the citizen confirms. */
export async function confirmAction(
  title: string,
  content: string,
  confirmText = '确定',
): Promise<boolean> {
  const result = await Taro.showModal({ title, content, confirmText, cancelText: '取消' })
  return result.confirm
}

export function toast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}
