import { CERT } from '../support/public/demo'
import { loginAs, PAGES } from './shared/flows'
import type { MiniApp, MiniPage } from './shared/mini-app'

export const BINDING_PAGES = {
  binding: 'packages/family/binding/index',
  addMember: 'packages/family/add-member/index',
  faq: 'packages/family/faq/index',
}

/** 我要办 → 家庭共济服务 → 共济绑定, by taps. */
async function openBinding(app: MiniApp): Promise<MiniPage> {
  const hall = await app.open(PAGES.serviceHall)
  await hall.waitFor('#entry-family')
  await hall.tap('#entry-family')
  const hub = await app.follow()
  await hub.waitFor('#entry-binding')
  await hub.tap('#entry-binding')
  const binding = await app.follow()
  expect(binding.path).toBe(BINDING_PAGES.binding)
  return binding
}

async function createFamily(binding: MiniPage): Promise<void> {
  await binding.waitFor('#create-family')
  await binding.tap('#create-family')
  await binding.waitFor('#pledge')
  expect(binding.text('#pledge')).toContain('我已阅读并同意《家庭共济承诺书》')
  await binding.tap('#confirm-create')
  await binding.waitForText('#pledge-required', '请先阅读并同意《家庭共济承诺书》。')
  await binding.tap('#pledge-agree')
  await binding.waitFor('#pledge-checked')
  await binding.tap('#confirm-create')
  await binding.waitFor('#family')
}

/** 添加成员 from the family list; resolves on the form. */
async function openForm(app: MiniApp, binding: MiniPage): Promise<MiniPage> {
  await binding.waitFor('#add-member')
  await binding.tap('#add-member')
  const form = await app.follow()
  expect(form.path).toBe(BINDING_PAGES.addMember)
  await form.waitFor('#submit-binding')
  return form
}

type Typist = (page: MiniPage, selector: string, value: string) => Promise<void>

export interface BindingPlatform {
  launch(): Promise<MiniApp>
  /** How text reaches an Input, where the harness's own `input` cannot deliver it. */
  input?: Typist
}

/** The 共济绑定 scenarios every compiled target must pass: the family list and the form. */
export function bindingScenarios(platform: BindingPlatform): void {
  const typeInto: Typist =
    platform.input ?? ((page, selector, value) => page.input(selector, value))

  const fill = async (form: MiniPage, name: keyof typeof CERT, relationId: string) => {
    await typeInto(form, '#member-name', name)
    await typeInto(form, '#member-certno', CERT[name])
    await form.tap(`#relation-${relationId}`)
    await form.waitForText('.relation-picker__option--on', '✓')
  }

  it('creates the family after the pledge and shows the empty family list', async () => {
    const app = await platform.launch()
    await loginAs(app, '张建国')
    const binding = await openBinding(app)
    await createFamily(binding)
    expect(binding.text('#family-empty')).toContain('您还没有添加家庭成员')
    expect(binding.text('#family-count')).toBe('共济成员：0人（最多8人）')
    expect(binding.exists('#add-member')).toBe(true)
    expect(app.logs).toEqual([])
  })

  it('checks the ID number as it is typed, binds 张浩然 at once and 张雨萱 pending', async () => {
    const app = await platform.launch()
    await loginAs(app, '张建国')
    const binding = await openBinding(app)
    await createFamily(binding)

    let form = await openForm(app, binding)
    expect(form.texts('.relation-picker__option')).toEqual([
      '配偶',
      '父亲',
      '母亲',
      '子女',
      '兄弟姐妹',
      '祖父母',
      '外祖父母',
      '孙子女',
      '外孙子女',
    ])
    await typeInto(form, '#member-certno', '410105196803120316')
    await form.waitForText('#certno-error', '请输入正确的18位居民身份证号码。')
    await form.tap('#submit-binding')
    await form.waitForText('#form-missing', '请填写家庭成员的姓名。')
    await fill(form, '张浩然', 'child')
    await form.waitForGone('#certno-error')
    await form.tap('#submit-binding')
    await form.waitForText('#add-result-state', '已绑定')
    await form.tap('#back-to-family')
    await app.follow()
    await binding.waitForText('#family-count', '1人')

    form = await openForm(app, binding)
    await fill(form, '张雨萱', 'child')
    await form.tap('#submit-binding')
    await form.waitForText('#add-result-state', '待确认')
    expect(form.text('#add-result-text')).toContain('7天内')
    await form.tap('#back-to-family')
    await app.follow()
    await binding.waitForText('#family-count', '2人')
    expect(binding.texts('.member-card__name')).toEqual(['张浩然', '张雨萱'])
    expect(binding.texts('.member-card .state-badge')).toEqual(['已绑定', '待确认'])
    expect(binding.text('.member-card')).toContain('本年已共济：¥0.00')
    expect(binding.text('.member-card')).toContain('限额：不限额')

    const again = await app.relaunch()
    const reopened = await again.open(BINDING_PAGES.binding)
    await reopened.waitForText('#family-count', '2人')
    expect(reopened.texts('.member-card .state-badge')).toEqual(['已绑定', '待确认'])
    expect(app.logs).toEqual([])
  })

  it('refuses 周淑珍 as 母亲 with the catalogue message and leads to 常见问题', async () => {
    const app = await platform.launch()
    await loginAs(app, '张建国')
    const binding = await openBinding(app)
    await createFamily(binding)
    const form = await openForm(app, binding)
    await fill(form, '周淑珍', 'mother')
    await form.tap('#submit-binding')
    await form.waitForText('#add-error-message', '近亲属')
    expect(form.text('#add-error-message')).toBe(
      '登记信息显示该人员不是您的近亲属。岳父母、公婆、儿媳、女婿等姻亲不属于家庭共济的近亲属，不能绑定；可以由其本人的子女或配偶为其绑定。',
    )
    await form.tap('#add-error-next')
    const faq = await app.follow()
    expect(faq.path).toBe(BINDING_PAGES.faq)
    await faq.waitFor('#faq-failed')
  })

  it('lets 张雨萱 confirm with the simulated face check', async () => {
    const app = await platform.launch()
    await loginAs(app, '张建国')
    const binding = await openBinding(app)
    await createFamily(binding)
    const form = await openForm(app, binding)
    await fill(form, '张雨萱', 'child')
    await form.tap('#submit-binding')
    await form.waitForText('#add-result-state', '待确认')

    await loginAs(app, '张雨萱')
    const own = await app.open(BINDING_PAGES.binding)
    await own.waitFor('#pending')
    expect(own.text('#pending')).toContain('张建国 申请与您绑定家庭共济')
    await own.tap('#pending .btn-primary')
    await own.waitForText('#face-check', '模拟人脸识别')
    await own.tap('#face-fail')
    await own.waitForText('#face-check-error', '人脸识别未通过，请确认为本人操作后重试。')
    await own.tap('#face-pass')
    await own.waitFor('#member-payers .payer-card')
    await own.waitForGone('#face-check')
    expect(own.text('#member-payers')).toContain('第1顺位')
    expect(own.exists('#pending')).toBe(false)
    expect(app.logs).toEqual([])
  })
}
