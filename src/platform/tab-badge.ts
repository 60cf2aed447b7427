import Taro from '@tarojs/taro'

/** The "我的" tab, second from the left (app.config.ts tabBar.list). */
const MINE_TAB_INDEX = 1

/** The longest text a badge shows whole: WeChat and Alipay show "..." beyond 4 characters. */
function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread)
}

/**
 * The unread count of 消息 as a badge on the "我的" tab (Taro.setTabBarBadge: wx.setTabBarBadge /
 * my.setTabBarBadge, index counted from the left). A page that is not a tab page has no tab bar,
 * where the call fails; the badge is set again on the next tab page shown, so that is ignored.
 */
export function showUnreadBadge(unread: number): void {
  const done = () => undefined
  if (unread > 0) {
    Taro.setTabBarBadge({ index: MINE_TAB_INDEX, text: badgeText(unread) }).catch(done)
  } else {
    Taro.removeTabBarBadge({ index: MINE_TAB_INDEX }).catch(done)
  }
}
