import { DEMO_NOW, type PersonaName, TestClient } from '../support/backend-client'
import { CERT } from '../support/public/demo'
import { addMember, bind, createFamily } from '../support/scenes'
import { PlatformStore, typePin } from './premium-family'
import { loginAs, PAGES } from './shared/flows'
import type { MiniApp, MiniPage } from './shared/mini-app'
import { MockStorage, type StorageLimits } from './shared/storage'

const PIN = '258147'

/**
 * Per story: several people and pages in turn, and on WeChat the first visit to each page compiles
 * its templates; on a loaded 2-core machine that runs well past the project's 60 s default.
 */
const STORY_MS = 180_000

const RULES_PAGES = {
  binding: 'packages/family/binding/index',
  premium: 'packages/family/premium/index',
  qaTools: 'packages/qa/tools/index',
}

/** 刘强 is #12 of the demo population; the QA tools name a person by its login key. */
const LIU_QIANG_KEY = 'persona-12'

type Typist = (page: MiniPage, selector: string, value: string) => Promise<void>

export interface RulesPlatform {
  limits: StorageLimits
  launch(storage: MockStorage): Promise<MiniApp>
  /** How text reaches an Input, where the harness's own `input` cannot deliver it. */
  input?: Typist
}

/**
 * Through the backend the app bundles, before launch: the clock at `at` (default the demo's
 * "today"), 张建国's PIN changed, and `as` logged in once `login()` runs.
 */
async function seed(storage: MockStorage, at = DEMO_NOW) {
  const client = new TestClient({ store: new PlatformStore(storage), clock: () => Date.now() })
  await client.ok('9103', { time: new Date(at).toISOString() })
  await client.ok('5312', { old_pin: '000000', new_pin: PIN }, { as: '张建国' })
  return {
    client,
    login: async (as: PersonaName) => storage.set('app:session-token', await client.tokenFor(as)),
  }
}

/** 我要办 → 家庭共济服务 → 共济绑定, by taps (so the back button has a page to return to). */
async function openBinding(app: MiniApp): Promise<MiniPage> {
  const hall = await app.open(PAGES.serviceHall)
  await hall.waitFor('#entry-family')
  await hall.tap('#entry-family')
  const hub = await app.follow()
  await hub.waitFor('#entry-binding')
  await hub.tap('#entry-binding')
  const binding = await app.follow()
  expect(binding.path).toBe(RULES_PAGES.binding)
  return binding
}

/** The corrected rules of issue 10 as citizens meet them, on every compiled target. */
export function rulesScenarios(platform: RulesPlatform): void {
  const typeInto: Typist =
    platform.input ?? ((page, selector, value) => page.input(selector, value))

  it(
    '张建国 adds 张小满 → 待监护人确认; 张伟 confirms by face; 张建国 pays 2027年度 for him',
    async () => {
      const storage = new MockStorage(platform.limits)
      const { client, login } = await seed(storage)
      await createFamily(client, '张建国')
      await login('张建国')
      const app = await platform.launch(storage)

      const binding = await openBinding(app)
      await binding.waitFor('#add-member')
      await binding.tap('#add-member')
      const form = await app.follow()
      await form.waitFor('#submit-binding')
      await typeInto(form, '#member-name', '张小满')
      await typeInto(form, '#member-certno', CERT.张小满)
      await form.tap('#relation-grandchild')
      await form.waitForText('.relation-picker__option--on', '✓')
      await form.tap('#submit-binding')
      await form.waitForText('#add-result-state', '待监护人确认')
      await form.tap('#back-to-family')
      await app.follow()
      await binding.waitForText('.member-card .state-badge', '待监护人确认')
      expect(binding.text('.member-card')).toContain('等待张小满的父母确认')
      expect(binding.text('.member-card')).toContain('12393')

      await loginAs(app, '张伟')
      const father = await openBinding(app)
      await father.waitForText('#pending', '为张小满（孙子女）确认')
      await father.tap('#pending .btn-primary')
      await father.waitForText('#face-check', '模拟人脸识别')
      await father.tap('#face-pass')
      await father.waitForGone('#face-check')
      await father.waitForGone('#pending')

      await loginAs(app, '张建国')
      const family = await openBinding(app)
      await family.waitForText('.member-card .state-badge', '已绑定')
      const premium = await app.open(RULES_PAGES.premium)
      await premium.waitFor('#payee-list')
      expect(premium.text('#premium-year')).toBe('2027年度')
      // A second device on the same storage: the app wrote the binding after `client` had read it.
      const reader = new TestClient({ store: new PlatformStore(storage), clock: () => Date.now() })
      const { family: seen } = await reader.ok('5301', {}, { as: '张建国' })
      const id = seen?.bindings.find((b) => b.member.psn_name === '张小满')?.binding_id
      if (!id) throw new Error('张建国 has no binding for 张小满')
      await premium.tap(`#payee-${id}`)
      await premium.waitForText('#premium-selected', '为张小满缴纳2027年度城乡居民医保')
      await premium.tap('#confirm-pay')
      await premium.waitFor('#pay-sheet')
      await typePin(premium, PIN)
      await premium.waitForGone('#pay-sheet')
      const result = await app.follow()
      await result.waitForText('#result-title', '代缴成功')
      expect(result.text('#receipt-payee')).toBe('张小满')
      expect(result.text('#receipt-year')).toBe('2027年度')
      expect(result.text('#receipt-amount')).toBe('¥400.00')
      expect(app.logs).toEqual([])
      app.close()
    },
    STORY_MS,
  )

  it(
    '张建国 withdraws a pending 张雨萱 → 已撤回; she no longer sees it',
    async () => {
      const storage = new MockStorage(platform.limits)
      const { client, login } = await seed(storage)
      await createFamily(client, '张建国')
      const { binding } = await addMember(client, '张建国', '张雨萱', '子女')
      await login('张建国')
      const app = await platform.launch(storage)

      const page = await openBinding(app)
      await page.waitFor(`#withdraw-${binding.binding_id}`)
      await page.tap(`#withdraw-${binding.binding_id}`)
      await page.waitForText(`#member-${binding.binding_id}-state`, '已撤回')
      expect(app.modals.map((modal) => modal.title)).toEqual(['撤回申请'])
      expect(page.exists(`#withdraw-${binding.binding_id}`)).toBe(false)

      await loginAs(app, '张雨萱')
      const own = await openBinding(app)
      await own.waitFor('#member-payers')
      expect(own.exists('#pending')).toBe(false)
      expect(own.text('#member-section')).not.toContain('张建国')
      expect(app.logs).toEqual([])
      app.close()
    },
    STORY_MS,
  )

  it(
    '刘强 (暂停参保) settles ¥50.00 at a pharmacy: his own account pays it',
    async () => {
      const storage = new MockStorage(platform.limits)
      const { login } = await seed(storage)
      await login('刘强')
      const app = await platform.launch(storage)

      const tools = await app.open(RULES_PAGES.qaTools)
      await tools.waitFor(`#settle-patient-${LIU_QIANG_KEY}`)
      await tools.tap(`#settle-patient-${LIU_QIANG_KEY}`)
      await tools.tap('#settle-inst-pharmacy')
      await tools.tap('#settle-category-drug')
      await typeInto(tools, '#settle-amount', '50')
      await tools.tap('#settle-submit')
      await tools.waitFor('#split-card')
      const split = tools.text('#split-card').replace(/\s+/g, '')
      expect(split).toContain('刘强本人个人账户¥50.00')
      expect(split).toContain('现金支付¥0.00')
      expect(split).toContain('合计¥50.00')

      const records = await app.open(PAGES.records)
      await records.waitForText('#balance-value', '¥510.00')
      expect(app.logs).toEqual([])
      app.close()
    },
    STORY_MS,
  )

  it(
    'with the clock at 2027-09-15, 代缴医保 collects 2028年度 at ¥400.00',
    async () => {
      const storage = new MockStorage(platform.limits)
      const { client, login } = await seed(storage, Date.parse('2027-09-15T10:00:00+08:00'))
      const haoran = await bind(client, '张建国', '张浩然', '子女')
      await login('张建国')
      const app = await platform.launch(storage)

      const premium = await app.open(RULES_PAGES.premium)
      await premium.waitFor('#payee-list')
      expect(premium.text('#premium-year')).toBe('2028年度')
      expect(premium.text('#premium-standard')).toBe('¥400.00')
      expect(premium.exists('#premium-closed')).toBe(false)
      await premium.tap(`#payee-${haoran.binding_id}`)
      await premium.waitForText('#premium-selected', '为张浩然缴纳2028年度城乡居民医保')
      expect(app.logs).toEqual([])
      app.close()
    },
    STORY_MS,
  )

  it(
    'a face check left with the back button does not follow to 张建国 after the switch',
    async () => {
      const storage = new MockStorage(platform.limits)
      const { client, login } = await seed(storage)
      await createFamily(client, '张建国')
      await addMember(client, '张建国', '张雨萱', '子女')
      await login('张雨萱')
      const app = await platform.launch(storage)

      const own = await openBinding(app)
      await own.waitFor('#pending')
      await own.tap('#pending .btn-primary')
      await own.waitFor('#face-check')
      const hub = await app.back()
      expect(hub.path).toBe(PAGES.familyHub)
      expect(hub.exists('#face-check')).toBe(false)

      await loginAs(app, '张建国')
      const family = await openBinding(app)
      await family.waitForText('#family', '张雨萱')
      expect(family.exists('#face-check')).toBe(false)

      await loginAs(app, '张雨萱')
      const again = await openBinding(app)
      await again.waitFor('#pending')
      expect(again.exists('#face-check')).toBe(false)
      await again.tap('#pending .btn-primary')
      await again.waitFor('#face-check')
      await again.tap('#face-pass')
      await again.waitFor('#member-payers .payer-card')
      expect(again.text('#member-payers')).toContain('张建国')
      expect(app.logs).toEqual([])
      app.close()
    },
    STORY_MS,
  )
}
