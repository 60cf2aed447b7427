/**
 * Taro's H5 showModal draws role-less divs that Tab never reaches. This file serves H5: it makes
 * the open modal a named dialog whose two buttons take Tab, Enter and Space, keeps focus inside
 * it, starts on 取消 (the safe answer) and gives focus back when it closes. It also carries the
 * page's mode class, so the modal's type and targets follow 长辈模式. The .weapp.ts and .alipay.ts
 * twins do nothing: those platforms draw their own accessible modal.
 */
let returnFocusTo: HTMLElement | null = null

function enhanceOnce(panel: HTMLElement, buttons: HTMLElement[]): void {
  if (panel.getAttribute('role') === 'dialog') return
  const title = panel.querySelector<HTMLElement>('.taro-modal__title')
  const text = panel.querySelector<HTMLElement>('.taro-modal__text')
  if (title) title.id = 'modal-title'
  if (text) text.id = 'modal-text'
  panel.setAttribute('role', 'dialog')
  panel.setAttribute('aria-modal', 'true')
  panel.setAttribute('aria-labelledby', 'modal-title')
  panel.setAttribute('aria-describedby', 'modal-text')
  for (const button of buttons) {
    button.setAttribute('role', 'button')
    button.tabIndex = 0
    button.addEventListener('click', () => returnFocusTo?.focus())
  }
  panel.addEventListener('keydown', (event) => {
    const shown = buttons.filter((button) => button.style.display !== 'none')
    const at = shown.indexOf(document.activeElement as HTMLElement)
    if ((event.key === 'Enter' || event.key === ' ') && at >= 0) {
      event.preventDefault()
      shown[at].click()
    } else if (event.key === 'Tab') {
      event.preventDefault()
      const step = event.shiftKey ? shown.length - 1 : 1
      shown[(at + step) % shown.length]?.focus()
    }
  })
}

/** Call right after Taro.showModal(): the modal's elements exist by then. */
export function makeOpenModalAccessible(): void {
  if (typeof document === 'undefined') return
  const root = document.querySelector<HTMLElement>('.taro__modal')
  const panel = root?.querySelector<HTMLElement>('.taro-modal__content')
  if (!root || !panel) return
  const buttons = Array.from(panel.querySelectorAll<HTMLElement>('.taro-model__btn'))
  enhanceOnce(panel, buttons)
  root.querySelector('.taro-modal__mask')?.setAttribute('aria-hidden', 'true')
  const elder = !!document.querySelector('.taro_page_stationed .mode-elder')
  root.classList.toggle('mode-elder', elder)
  root.classList.toggle('mode-normal', !elder)
  returnFocusTo = document.activeElement as HTMLElement | null
  const first = buttons.find((button) => button.style.display !== 'none')
  first?.focus()
}
