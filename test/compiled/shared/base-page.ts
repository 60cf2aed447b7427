import type { PageHandle, Query } from './mini-app'
import { type PollOptions, pollUntil } from './poll'

export function payloadBytes(payload: unknown): number {
  return Buffer.byteLength(JSON.stringify(payload) ?? '', 'utf8')
}

/** Waiting, setData accounting and error context shared by the platform page handles. */
export abstract class BasePage implements PageHandle {
  readonly setDataSizes: number[] = []

  constructor(
    readonly path: string,
    readonly query: Query,
    private readonly recentLogs: () => string[],
  ) {}

  // An accessor, not a field: under babel a field would shadow the WeChat page's getter.
  abstract get instance(): object
  abstract exists(selector: string): boolean
  abstract text(selector?: string): string
  abstract texts(selector: string): string[]
  abstract tap(selector: string): Promise<void>
  abstract input(selector: string, value: string): Promise<void>
  abstract load(): Promise<void>
  abstract show(): void
  abstract hide(): void
  abstract unload(): void

  get largestSetData(): number {
    return this.setDataSizes.reduce((max, size) => Math.max(max, size), 0)
  }

  protected recordSetData(payload: unknown): void {
    this.setDataSizes.push(payloadBytes(payload))
  }

  protected context(): string {
    const logs = this.recentLogs().slice(-3)
    const text = this.text().slice(0, 300)
    return `on ${this.path}; page text: "${text}"${logs.length ? `; app logs: ${logs.join(' | ')}` : ''}`
  }

  protected missing(selector: string): Error {
    return new Error(`no element matches ${selector} ${this.context()}`)
  }

  async waitFor(selector: string, options?: PollOptions): Promise<void> {
    await pollUntil(
      () => this.exists(selector),
      () => `${selector} to appear ${this.context()}`,
      options,
    )
  }

  async waitForGone(selector: string, options?: PollOptions): Promise<void> {
    await pollUntil(
      () => !this.exists(selector),
      () => `${selector} to disappear ${this.context()}`,
      options,
    )
  }

  async waitForText(
    selector: string,
    expected: string | RegExp,
    options?: PollOptions,
  ): Promise<string> {
    const matches = (text: string) =>
      typeof expected === 'string' ? text.includes(expected) : expected.test(text)
    return pollUntil(
      () => {
        if (!this.exists(selector)) return undefined
        const text = this.text(selector)
        return matches(text) ? text : undefined
      },
      () =>
        `${selector} to show ${String(expected)} (now "${
          this.exists(selector) ? this.text(selector) : '<absent>'
        }") ${this.context()}`,
      options,
    )
  }
}
