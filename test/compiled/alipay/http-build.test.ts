import { PAGES } from '../shared/flows'
import { type ApiOptions } from '../shared/host-api'
import { pollUntil } from '../shared/poll'
import { ALIPAY_STORAGE, MockStorage } from '../shared/storage'
import { launchAlipay } from './harness'

const API_BASE = 'http://127.0.0.1:8787'

/** A phone that logged in earlier: the HTTP build restores the session from this token. */
function loggedInStorage(): MockStorage {
  const storage = new MockStorage(ALIPAY_STORAGE)
  storage.set('app:session-token', 'T-earlier-login')
  return storage
}

describe('Alipay real-backend build (dist/alipay-http)', () => {
  it('holds neither the built-in backend nor the QA tools', async () => {
    const app = await launchAlipay({ target: 'alipay-http' })
    const mine = await app.open(PAGES.mine)
    await mine.waitFor('#login-note')
    for (const absent of ['#login', '#switch-persona', '#qa-tools']) {
      expect([absent, mine.exists(absent)]).toEqual([absent, false])
    }
    expect(app.storage.keys().filter((key) => key.startsWith('yb:'))).toEqual([])
  })

  it('restores a session over my.request and survives Alipay’s { error, errorMessage } failure', async () => {
    const urls: string[] = []
    // my.request fails with Alipay's shape: error 13 is 超时 (my.request error codes).
    const request = (options: ApiOptions) => {
      urls.push(String(options.url))
      setTimeout(() => {
        options.fail?.({ error: 13, errorMessage: '请求超时' })
        options.complete?.({ error: 13, errorMessage: '请求超时' })
      }, 0)
    }
    const app = await launchAlipay({
      target: 'alipay-http',
      storage: loggedInStorage(),
      api: { request },
    })
    const records = await app.open(PAGES.records)
    await pollUntil(
      () => urls.length > 0,
      () => 'a request to the server',
    )
    await records.waitFor('#login-required')
    expect(urls.every((url) => url.startsWith(API_BASE))).toBe(true)
    expect([records.text(), ...app.logs].join(' ')).not.toContain('[object Object]')
  })
})
