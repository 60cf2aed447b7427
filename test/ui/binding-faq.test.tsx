import { act, render, screen } from '@testing-library/react'

import { DEFAULT_POLICY } from '../../src/domain/policy'
import { FaqAnswers } from '../../src/packages/family/faq/faq-answers'
import FaqPage from '../../src/packages/family/faq/index'
import { el, tap } from '../support/screen'
import { createTestApp, mockTaro, navigation } from '../support/test-app'

function renderFaq(): void {
  createTestApp().render(<FaqPage />)
}

describe('常见问题', () => {
  beforeEach(() => mockTaro.reset())

  it('answers every topic of the copy deck', () => {
    renderFaq()
    expect(screen.getByText('亲情账户和家庭共济有什么不同？')).toBeTruthy()
    expect(screen.getByText('哪些家人可以绑定？由谁确认？')).toBeTruthy()
    for (const topic of [
      '共济的钱能买什么，不能买什么？',
      '家人看病时出示谁的医保码？',
      '解除绑定后退费，钱退到哪里？',
      '怎样为家人代缴城乡居民医保？',
      '支付密码忘了或还是初始密码怎么办？',
      '自留金额是什么？家人还能用多少？',
      '在哪里查共济的记录？',
      '家人不会用手机，怎么办？',
    ]) {
      expect(screen.getByText(topic)).toBeTruthy()
    }
    expect(el('#faq-who-consent').textContent).toContain('监护人')
    expect(el('#faq-pin-initial').textContent).toContain('000000')
    expect(el('#faq-premium-year').textContent).toBe(
      '2027年度的缴费期是2026年9月1日至2026年12月31日，个人缴费标准¥400.00。只能为已绑定、参加城乡居民医保的家人缴纳当期的费用，每人每年度缴一次。',
    )
    expect(el('#faq-offline-text').textContent).toContain('医保经办窗口')
    expect(el('#faq-offline-text').textContent).toContain('12393')
    expect(screen.getByText('为什么绑定没有成功？')).toBeTruthy()
    expect(screen.getByText('家人在外省参保，能共济吗？')).toBeTruthy()
    expect(el('#faq-who').textContent).toContain(
      '配偶、父亲、母亲、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女',
    )
    expect(el('#faq-cross-province').textContent).toContain('国家医保服务平台“医保钱包”')
    expect(el('#faq-cross-province-limits').textContent).toBe(
      '每笔转账不超过¥2,000.00，每天最多转3笔；22:00至次日06:00暂停转账。对方没有确认收款的转账，在次日06:00全额退回您的个人账户。转账需要输入个人账户支付密码。',
    )
    expect(el('#faq-reserve-modes').textContent).toContain('按比例（1%至90%）')
    expect(el('#faq-reserve').textContent).toContain('可用额度')
  })

  it('lists why a binding fails with the messages the app shows', () => {
    renderFaq()
    expect(el('#reason-E_RELATION_NOT_ALLOWED').textContent).toContain(
      '仅支持绑定配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女等近亲属。',
    )
    expect(el('#reason-E_MEMBER_OUT_OF_PROVINCE').textContent).toContain('医保钱包')
    expect(el('#reason-E_PAYER_STATUS').textContent).toContain(
      '您当前参保状态为“暂停参保”，暂不能办理家庭共济。',
    )
    expect(el('#reason-E_NAME_MISMATCH')).toBeTruthy()
    expect(el('#reason-E_PAYER_NOT_EMPLOYEE')).toBeTruthy()
  })

  it('folds an answer and leads on to 共济绑定', () => {
    renderFaq()
    tap('#faq-difference > div')
    expect(el('#faq-difference').textContent).not.toContain('家庭共济：')
    tap('#faq-to-binding')
    expect(navigation.navigateTo).toHaveBeenCalledWith({ url: '/packages/family/binding/index' })
  })

  it('reads every number from the policy settings: changing the policy changes the answers', () => {
    const province = {
      ...DEFAULT_POLICY,
      pendingDays: 15,
      maxMembersPerFamily: 6,
      maxPayersPerMember: 1,
      pinMaxAttempts: 5,
      vaccinesAllowed: true,
      newbornAndSubsidisedExcluded: false,
      premiumYears: [
        { year: 2027, periodStart: '2026-10-01', periodEnd: '2027-02-28', standard: 38000 },
      ],
      walletMaxTransfer: 150000,
      walletDailyCount: 2,
      walletOpensHour: 7,
      walletClosesHour: 21,
    }
    const before = render(<FaqAnswers policy={DEFAULT_POLICY} today='2026-11-23' />)
    expect(el('#faq-who-consent').textContent).toContain('申请7天内未确认')
    expect(el('#faq-who-limits').textContent).toBe(
      '一个共济家庭最多8位家人（含待确认）；一位家人最多同时使用3位共济人的账户，按扣款顺序依次支付。',
    )
    expect(el('#faq-pin-attempts').textContent).toContain('连续输错6次')
    expect(el('#faq-scope-vaccines').textContent).toContain('暂不支持')
    expect(el('#reason-E_MEMBER_HAS_PAYER').textContent).toContain('（3个）')
    expect(el('#faq-premium-excluded')).toBeTruthy()
    expect(el('#faq-cross-province-limits').textContent).toContain(
      '每笔转账不超过¥2,000.00，每天最多转3笔；22:00至次日06:00暂停转账',
    )
    before.unmount()

    render(<FaqAnswers policy={province} today='2026-11-23' />)
    expect(el('#faq-who-consent').textContent).toContain('申请15天内未确认')
    expect(el('#faq-who-limits').textContent).toBe(
      '一个共济家庭最多6位家人（含待确认）；一位家人最多同时使用1位共济人的账户，按扣款顺序依次支付。',
    )
    expect(el('#faq-pin-attempts').textContent).toContain('连续输错5次')
    expect(el('#faq-scope-vaccines').textContent).toContain('定点医院门诊')
    expect(el('#reason-E_MEMBER_HAS_PAYER').textContent).toContain('（1个）')
    expect(el('#reason-E_FAMILY_FULL').textContent).toContain('（6人）')
    expect(el('#faq-premium-year').textContent).toContain(
      '2026年10月1日至2027年2月28日，个人缴费标准¥380.00',
    )
    expect(document.querySelector('#faq-premium-excluded')).toBeNull()
    expect(el('#faq-cross-province-limits').textContent).toBe(
      '每笔转账不超过¥1,500.00，每天最多转2笔；21:00至次日07:00暂停转账。对方没有确认收款的转账，在次日07:00全额退回您的个人账户。转账需要输入个人账户支付密码。',
    )
  })
})

describe('常见问题 for keyboards and screen readers', () => {
  it('folds an answer with Enter on its question, saying whether it is open', () => {
    renderFaq()
    const toggle = el('#faq-difference-toggle')
    expect(toggle.getAttribute('role')).toBe('button')
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    act(() => {
      toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    })
    expect(el('#faq-difference-toggle').getAttribute('aria-expanded')).toBe('false')
    expect(el('#faq-difference').textContent).not.toContain('家庭共济：')
    expect(el('#faq-to-binding').getAttribute('role')).toBe('button')
  })
})
