import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'

import AddMemberPage from '../../src/packages/family/add-member/index'
import { RELATION_IDS } from '../../src/packages/family/add-member/relation-picker'
import { failure } from '../support/fake-transport'
import { CERT } from '../support/public/demo'
import { familyOf } from '../support/scenes'
import { el, shows, tap, type } from '../support/screen'
import { createTestApp, navigation } from '../support/test-app'

const RELATIONS = [
  '配偶',
  '父亲',
  '母亲',
  '子女',
  '兄弟姐妹',
  '祖父母',
  '外祖父母',
  '孙子女',
  '外孙子女',
]
const ID_INVALID = '请输入正确的18位居民身份证号码。'

async function openForm(payer: '张建国' | '李秀兰' = '张建国') {
  const app = createTestApp()
  await familyOf(app.scene, payer)
  await app.loginAs(payer)
  app.render(<AddMemberPage />)
  return app
}

function fill(name: string, certno: string, relation: string) {
  type('#member-name', name)
  type('#member-certno', certno)
  tap(`#relation-${RELATION_IDS[relation as keyof typeof RELATION_IDS]}`)
}

describe('添加成员', () => {
  it('has the three fields and the picker with the nine 近亲属 in order', async () => {
    await openForm()
    expect(screen.getByText('姓名')).toBeTruthy()
    expect(screen.getByText('身份证号')).toBeTruthy()
    expect(screen.getByText('与本人关系')).toBeTruthy()
    expect(screen.getByText('提交绑定')).toBeTruthy()
    const options = Array.from(el('#member-relation').children).map((o) => o.textContent)
    expect(options).toEqual(RELATIONS)
    expect(document.querySelector('.relation-picker__option--on')).toBeNull()
    tap('#relation-sibling')
    expect(el('.relation-picker__option--on').textContent).toBe('✓ 兄弟姐妹')
    tap('#relation-child')
    expect(el('.relation-picker__option--on').textContent).toBe('✓ 子女')
  })

  it('checks the ID number as it is typed', async () => {
    await openForm()
    type('#member-certno', '41010519680312031')
    expect(document.querySelector('#certno-error')).toBeNull()
    type('#member-certno', '410105196803120316')
    expect(el('#certno-error').textContent).toBe(ID_INVALID)
    type('#member-certno', '410105196803120315')
    expect(document.querySelector('#certno-error')).toBeNull()
    type('#member-certno', '41010A')
    expect(el('#certno-error').textContent).toBe(ID_INVALID)
    type('#member-certno', '4101052014052001')
    expect(document.querySelector('#certno-error')).toBeNull()
  })

  it('catches a wrong check digit before anything is sent', async () => {
    const app = await openForm()
    fill('张浩然', '410105196803120316', '子女')
    tap('#submit-binding')
    expect(el('#form-missing').textContent).toBe(ID_INVALID)
    expect(app.transport.sentOf('5303').length).toBe(0)
  })

  it('says what is missing on an empty form', async () => {
    const app = await openForm()
    tap('#submit-binding')
    expect(el('#form-missing').textContent).toBe('请填写家庭成员的姓名。')
    type('#member-name', '张浩然')
    type('#member-certno', CERT.张浩然.toLowerCase())
    expect(el('#form-missing').textContent).toBe('请选择与本人关系。')
    expect(app.transport.sentOf('5303').length).toBe(0)
  })

  it('binds a 12-year-old at once and says so (one request for a double tap)', async () => {
    const app = await openForm()
    fill('张浩然', CERT.张浩然.toLowerCase(), '子女')
    app.transport.hold()
    tap('#submit-binding')
    await waitFor(() => expect(el('#submit-binding').hasAttribute('disabled')).toBe(true))
    tap('#submit-binding')
    app.transport.release()
    await shows('#add-result')
    expect(app.transport.sentOf('5303').length).toBe(1)
    expect(app.transport.sent.find((r) => r.infno === '5303')?.input).toEqual({
      psn_name: '张浩然',
      certno: CERT.张浩然,
      relation: '子女',
    })
    expect(el('#add-result-state').textContent).toBe('已绑定')
    expect(el('#add-result-text').textContent).toContain('张浩然（子女）已绑定成功')
    expect(document.querySelector('#add-result-warning')).toBeNull()
    tap('#back-to-family')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('says an adult must confirm within 7 days, then offers to add another', async () => {
    await openForm()
    fill('张雨萱', CERT.张雨萱, '子女')
    tap('#submit-binding')
    await shows('#add-result')
    expect(el('#add-result-state').textContent).toBe('待确认')
    const text = el('#add-result-text').textContent
    expect(text).toContain('需要张雨萱本人在7天内登录')
    expect(text).toContain('截止2026-11-30 14:05')
    tap('#add-another')
    expect(document.querySelector('#add-result')).toBeNull()
    expect((el('#member-name') as HTMLInputElement).value).toBe('')
  })

  it('says a grandchild under 16 waits for a parent, not for himself (F2)', async () => {
    await openForm()
    fill('张小满', CERT.张小满, '孙子女')
    tap('#submit-binding')
    await shows('#add-result')
    expect(el('#add-result-state').textContent).toBe('待监护人确认')
    const text = el('#add-result-text').textContent
    expect(text).toContain('张小满未满16周岁，需要张小满的父母（监护人）在7天内登录')
    expect(text).not.toContain('本人')
    expect(text).toContain('医保经办窗口')
  })

  it('warns when the account is empty (S7) but still binds', async () => {
    const app = createTestApp()
    await familyOf(app.scene, '张建国')
    await app.as('张建国', '2207', {
      patient_certno: CERT.张建国,
      inst_type: '零售药店',
      category: '药品',
      amount: 352640,
      credential_certno: CERT.张建国,
    })
    await app.loginAs('张建国')
    app.render(<AddMemberPage />)
    fill('张浩然', CERT.张浩然, '子女')
    tap('#submit-binding')
    const warning = await shows('#add-result-warning')
    expect(warning.textContent).toBe(
      '绑定成功。您的个人账户当前余额为¥0.00，账户有资金划入后家庭成员才能使用共济资金。',
    )
    expect(el('#add-result-state').textContent).toBe('已绑定')
  })

  it('refuses 周淑珍 as 张建国’s 母亲, saying in-laws are not 近亲属, and points to the FAQ', async () => {
    await openForm()
    fill('周淑珍', CERT.周淑珍, '母亲')
    tap('#submit-binding')
    const message = await shows('#add-error-message')
    expect(message.textContent).toBe(
      '登记信息显示该人员不是您的近亲属。岳父母、公婆、儿媳、女婿等姻亲不属于家庭共济的近亲属，不能绑定；可以由其本人的子女或配偶为其绑定。',
    )
    expect(el('#add-error-next').textContent).toBe('查看常见问题')
    tap('#add-error-next')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/faq/index' })
  })

  it('refuses 张建军 as out of province, naming the 医保钱包', async () => {
    await openForm()
    fill('张建军', CERT.张建军, '兄弟姐妹')
    tap('#submit-binding')
    const message = await shows('#add-error-message')
    expect(message.textContent).toBe(
      '该家庭成员不在河南省内参保，不能办理河南省内家庭共济。可通过“跨省共济（医保钱包）”向其医保钱包转账。',
    )
  })

  it('asks to choose the relation again when it does not match the registry', async () => {
    await openForm()
    fill('张浩然', CERT.张浩然, '孙子女')
    tap('#submit-binding')
    await shows('#add-error-message')
    expect(el('#add-error-message').textContent).toBe(
      '所选亲属关系与登记信息不符，请核对关系类型。',
    )
    tap('#add-error-next')
    expect(document.querySelector('#add-error')).toBeNull()
    expect(document.querySelector('.relation-picker__option--on')).toBeNull()
  })

  it('asks to correct the name when it does not match the ID number', async () => {
    await openForm()
    fill('张浩', CERT.张浩然, '子女')
    tap('#submit-binding')
    await shows('#add-error-message')
    expect(el('#add-error-message').textContent).toBe('姓名与身份证号码不一致，请核对后重试。')
    expect(el('#add-error-next').textContent).toBe('修改姓名或身份证号')
  })

  it('offers to go back when the member is already in the family', async () => {
    const app = createTestApp()
    await familyOf(app.scene, '张建国', [['张浩然', '子女']])
    await app.loginAs('张建国')
    app.render(<AddMemberPage />)
    fill('张浩然', CERT.张浩然, '子女')
    tap('#submit-binding')
    await shows('#add-error-message')
    expect(el('#add-error-message').textContent).toBe(
      '该家庭成员已在您的共济家庭中，请勿重复添加。',
    )
    tap('#add-error-next')
    expect(navigation.navigateBack).toHaveBeenCalled()
  })

  it('flags an unfinished ID number once the field is left', async () => {
    await openForm()
    type('#member-certno', '4101051968')
    expect(document.querySelector('#certno-error')).toBeNull()
    fireEvent.blur(el('#member-certno'))
    expect(el('#certno-error').textContent).toBe(ID_INVALID)
  })

  it('shows a server failure with 重新提交, which sends the form again', async () => {
    const app = await openForm()
    fill('张浩然', CERT.张浩然, '子女')
    app.transport.failWith = failure('E_SERVER')
    tap('#submit-binding')
    await shows('#add-error-message')
    expect(el('#add-error-message').textContent).toBe('医保服务暂时不可用，请稍后重试。')
    expect(el('#add-error-next').textContent).toBe('重新提交')
    app.transport.failWith = null
    tap('#add-error-next')
    await shows('#add-result')
    expect(app.transport.sentOf('5303').length).toBe(2)
  })

  it('shows loading until the session is restored', async () => {
    const app = createTestApp()
    app.render(<AddMemberPage />)
    expect(document.querySelector('#page-loading')).not.toBeNull()
  })

  it('shows a refusal instead of the form; 返回修改 brings the filled-in form back', async () => {
    const app = await openForm()
    fill('张建军', CERT.张建军, '兄弟姐妹')
    tap('#submit-binding')
    await shows('#add-error')
    expect(document.querySelector('#submit-binding')).toBeNull()
    tap('#add-error-back')
    expect((el('#member-name') as HTMLInputElement).value).toBe('张建军')
    expect(el('.relation-picker__option--on').textContent).toBe('✓ 兄弟姐妹')
    expect(app.transport.sentOf('5303').length).toBe(1)
  })

  it('does not show the last visit’s refusal when the form is opened again', async () => {
    const app = await openForm()
    fill('张建军', CERT.张建军, '兄弟姐妹')
    tap('#submit-binding')
    await shows('#add-error')
    cleanup()
    app.render(<AddMemberPage />)
    expect(document.querySelector('#add-error')).toBeNull()
    expect(el('#submit-binding')).toBeTruthy()
  })
})
