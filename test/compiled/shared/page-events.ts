import type { MiniPage, PageHandle } from './mini-app'
import { settle } from './poll'
import { findAll, type TaroNode } from './taro-tree'

interface TaroPageInstance {
  data: { root?: TaroNode }
  eh?: (event: unknown) => void
}

function instanceOf(page: MiniPage): TaroPageInstance {
  return (page as PageHandle).instance as TaroPageInstance
}

function nodeOf(page: MiniPage, selector: string): TaroNode {
  const node = findAll(instanceOf(page).data.root, selector)[0]
  if (!node) throw new Error(`no element matches ${selector} on ${page.path}`)
  return node
}

/**
 * Delivers an event the harnesses have no verb for (a scroll-view's scroll, a picker's change)
 * to Taro's page event handler, as the client's view layer would: the element as target and
 * currentTarget, its sid in the dataset. Works on both WeChat and Alipay pages.
 */
export async function fireEvent(
  page: MiniPage,
  selector: string,
  type: string,
  detail: Record<string, unknown>,
): Promise<void> {
  const instance = instanceOf(page)
  if (typeof instance.eh !== 'function') throw new Error(`${page.path} has no event handler`)
  const node = nodeOf(page, selector)
  const target = { id: node.uid ?? node.sid, dataset: { sid: node.sid } }
  instance.eh({ type, timeStamp: Date.now(), target, currentTarget: target, detail })
  await settle()
}

/** The inline style of an element as Taro sent it (`st`), e.g. "height:2250px;". */
export function styleOf(page: MiniPage, selector: string): string {
  return String((nodeOf(page, selector) as TaroNode & { st?: string }).st ?? '')
}
