import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import type { TokenHolder } from '../../../src/services/api-client'
import type { RootStore } from '../../../src/stores/root-store'
import { buildRootStore, memoryTokens } from '../../support/root-store'

function rootStoreOver(store: MemoryKeyValueStore, tokens: TokenHolder): RootStore {
  return buildRootStore({ store, tokens, qa: false }).store
}

/** The QA tools' persona list, as 切换测试身份 shows it. */
async function personas() {
  const root = buildRootStore({ qa: true }).store
  await root.qa?.loadPersonas()
  return root.qa?.personas ?? []
}

describe('SessionStore', () => {
  it('has no persona list: switching persona is a QA tool', () => {
    const root = rootStoreOver(new MemoryKeyValueStore(), memoryTokens())
    expect(root.qa).toBeNull()
    expect('personas' in root.session).toBe(false)
    expect('personas' in root.services.session).toBe(false)
  })

  it('logs in as a persona and knows the person', async () => {
    const root = rootStoreOver(new MemoryKeyValueStore(), memoryTokens())
    const demo = await personas()
    expect(demo).toHaveLength(14)
    expect(demo.every((p) => /^\d{4}\*{10}[\dX]{4}$/.test(p.certno))).toBe(true)
    const zhang = demo.find((p) => p.psn_name === '张建国')
    expect(await root.session.loginAs(zhang?.login_key ?? '')).toBe(true)
    expect(root.session.person?.balc).toBe(352640)
    expect(root.session.loggedIn).toBe(true)
  })

  it('restores the session after a relaunch over the same storage', async () => {
    const storage = new MemoryKeyValueStore()
    const tokens = memoryTokens()
    const first = rootStoreOver(storage, tokens)
    await first.session.loginAs((await personas())[1].login_key)

    const relaunched = rootStoreOver(storage, tokens)
    expect(relaunched.session.restored).toBe(false)
    await relaunched.session.restore()
    expect(relaunched.session.restored).toBe(true)
    expect(relaunched.session.person?.psn_name).toBe('李秀兰')
  })

  it('restores to logged out without a token, and logs out', async () => {
    const tokens = memoryTokens()
    const root = rootStoreOver(new MemoryKeyValueStore(), tokens)
    await root.session.restore()
    expect(root.session.loggedIn).toBe(false)
    await root.session.loginAs((await personas())[0].login_key)
    await root.session.logout()
    expect(root.session.loggedIn).toBe(false)
    expect(tokens.get()).toBeNull()
  })

  it('keeps the error of a failed login for the page to show', async () => {
    const root = rootStoreOver(new MemoryKeyValueStore(), memoryTokens())
    expect(await root.session.loginAs('persona-99')).toBe(false)
    expect(root.session.loginTask.error?.code).toBe('E_NOT_FOUND')
    expect(root.session.loggedIn).toBe(false)
  })
})
