import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export type Mode = 'normal' | 'elder'

/** What one screen (a page or a page with a dialog open) looks like to the audit. */
export interface ScreenAudit {
  screen: string
  mode: Mode
  /** axe-core violations (WCAG 2.1 A/AA rules), counted by node, per impact. */
  impacts: Record<'critical' | 'serious' | 'moderate' | 'minor', number>
  /** "rule: target" for each serious or critical node, to say what to fix. */
  serious: string[]
  /** Controls smaller than the mode's minimum target (44 px, 60 px in 长辈模式). */
  smallTargets: string[]
  /** Characters of visible text, and how many of them are set under 16 px and under 18 px. */
  textChars: number
  under16: number
  under18: number
  /** Controls that Tab never reaches. */
  unreachable: string[]
}

export const MIN_TARGET: Record<Mode, number> = { normal: 44, elder: 60 }

/** Everything a user can operate, in the visible page and the tab bar. */
const CONTROLS = [
  '[role="button"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="switch"]',
  'taro-button-core',
  'taro-picker-core',
  'input',
  'textarea',
].join(',')

interface DomFacts {
  smallTargets: string[]
  textChars: number
  under16: number
  under18: number
  controls: string[]
}

/** Measured in the page: controls' sizes, text sizes; marks each control with data-audit-id. */
async function domFacts(page: Page, minTarget: number): Promise<DomFacts> {
  // tsx (esbuild keepNames) wraps the nested functions below in __name(); give the page one.
  await page.evaluate('window.__name = window.__name || ((fn) => fn)')
  return page.evaluate(
    ({ selector, min }) => {
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
        (element) => getComputedStyle(element).display !== 'none',
      )
      // An open modal dialog is all a user can operate; the page under it is out of reach.
      const dialog = Array.from(document.querySelectorAll<HTMLElement>('[aria-modal="true"]')).find(
        (element) => element.getBoundingClientRect().height > 0,
      )
      const scope = (
        dialog ? [dialog] : [pages[pages.length - 1], document.querySelector('.weui-tabbar')]
      ).filter((element): element is HTMLElement => !!element)
      const visible = (element: Element) => {
        const rect = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden'
      }
      const describe = (element: Element) =>
        element.id
          ? `#${element.id}`
          : `${element.tagName.toLowerCase()}.${(element.className || '').toString().trim().split(/\s+/)[0]}`
      const controls: string[] = []
      const smallTargets: string[] = []
      let seq = 0
      for (const root of scope) {
        for (const control of Array.from(root.querySelectorAll(selector))) {
          if (!visible(control)) continue
          // An input's target is its field (Taro's wrapper), a button's the host element.
          const target =
            control.tagName === 'INPUT' ? (control.closest('taro-input-core') ?? control) : control
          if (control.tagName === 'INPUT' && control !== target) continue
          const rect = target.getBoundingClientRect()
          const disabled =
            control.getAttribute('aria-disabled') === 'true' ||
            (control.hasAttribute('disabled') && control.getAttribute('disabled') !== 'false')
          if (rect.height < min - 0.5 || rect.width < min - 0.5) {
            smallTargets.push(
              `${describe(target)} ${Math.round(rect.width)}×${Math.round(rect.height)}`,
            )
          }
          if (!disabled) {
            seq += 1
            control.setAttribute('data-audit-id', String(seq))
            controls.push(`${seq} ${describe(control)}`)
          }
        }
      }
      let textChars = 0
      let under16 = 0
      let under18 = 0
      for (const root of scope) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent ?? '').replace(/\s+/g, '')
          const parent = node.parentElement
          if (!text || !parent || !visible(parent)) continue
          if (parent.closest('.sr-only')) continue
          const size = parseFloat(getComputedStyle(parent).fontSize)
          textChars += text.length
          if (size < 15.95) under16 += text.length
          if (size < 17.95) under18 += text.length
        }
      }
      return { smallTargets, textChars, under16, under18, controls }
    },
    { selector: CONTROLS, min: minTarget },
  )
}

/**
 * Tabs through the page from the top; returns what focus reached: controls' audit ids and, for
 * controls with an id, `#id` too, since a windowed list re-creates a row's element (without its
 * audit mark) when the row scrolls out and back.
 */
async function tabReach(page: Page, presses: number): Promise<Set<string>> {
  // From the top of the page, or, with a modal dialog open, from where it put focus.
  await page.evaluate(() => {
    const dialog = document.querySelector('[aria-modal="true"]')
    if (dialog?.contains(document.activeElement)) return
    ;(document.activeElement as HTMLElement | null)?.blur()
    window.scrollTo(0, 0)
  })
  const reached = new Set<string>()
  const note = async () => {
    const ids = await page.evaluate((selector) => {
      const active = document.activeElement
      const marked = active?.closest('[data-audit-id]')?.getAttribute('data-audit-id')
      const control = active?.closest(selector)
      return [marked, control?.id ? `#${control.id}` : null]
    }, CONTROLS)
    for (const id of ids) if (id) reached.add(id)
  }
  await note()
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab')
    await note()
  }
  return reached
}

/**
 * Of the controls focus did not reach, those still on the page. A control that went away while
 * Tab moved on (加载更多 once the list loaded the rest by itself) was not left behind.
 */
async function stillThere(page: Page, controls: string[]): Promise<string[]> {
  return page.evaluate(
    (entries) =>
      entries.filter((entry) => {
        const [seq, name] = entry.split(' ')
        if (document.querySelector(`[data-audit-id="${seq}"]`)) return true
        return name.startsWith('#') && !!document.getElementById(name.slice(1))
      }),
    controls,
  )
}

export async function auditScreen(page: Page, screen: string, mode: Mode): Promise<ScreenAudit> {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const impacts = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  const serious: string[] = []
  for (const violation of axe.violations) {
    const impact = violation.impact ?? 'minor'
    impacts[impact] += violation.nodes.length
    if (impact === 'serious' || impact === 'critical') {
      for (const node of violation.nodes) serious.push(`${violation.id}: ${node.target.join(' ')}`)
    }
  }
  const facts = await domFacts(page, MIN_TARGET[mode])
  // Taro's H5 button is two Tab stops (host and inner button), scrollers one more each.
  const reached = await tabReach(page, facts.controls.length * 3 + 20)
  const missed = facts.controls.filter((control) => {
    const [seq, name] = control.split(' ')
    return !reached.has(seq) && !reached.has(name)
  })
  const unreachable = (await stillThere(page, missed)).map((control) =>
    control.split(' ').slice(1).join(' '),
  )
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    document.querySelectorAll('[data-audit-id]').forEach((e) => e.removeAttribute('data-audit-id'))
  })
  return {
    screen,
    mode,
    impacts,
    serious,
    smallTargets: facts.smallTargets,
    textChars: facts.textChars,
    under16: facts.under16,
    under18: facts.under18,
    unreachable,
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`
}

/** The table `npm run a11y` prints. */
export function auditTable(audits: ScreenAudit[]): string {
  const header = [
    'screen',
    'mode',
    'critical',
    'serious',
    'moderate',
    'minor',
    'small targets',
    'text<16px',
    'text<18px',
    'unreachable',
  ]
  const rows = audits.map((a) => [
    a.screen,
    a.mode,
    String(a.impacts.critical),
    String(a.impacts.serious),
    String(a.impacts.moderate),
    String(a.impacts.minor),
    String(a.smallTargets.length),
    percent(a.under16, a.textChars),
    percent(a.under18, a.textChars),
    String(a.unreachable.length),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n')
}
