import type { RequestEnvelope } from '../../../src/domain/api'
import type { FakeTransport } from '../../support/fake-transport'
import { CERT } from '../../support/public/demo'
import { buildRootStore } from '../../support/root-store'

async function setUp() {
  const { store: root, transport, loginAs, loginKeyOf } = buildRootStore({ qa: false })
  await loginAs('张建国')
  const family = root.services.family
  await family.createFamily()
  const { binding } = await family.addMember({
    psn_name: '张浩然',
    certno: CERT.张浩然,
    relation: '子女',
  })
  const premium = root.services.premium
  await premium.changePin({ old_pin: '000000', new_pin: '258147' }, premium.newMsgid())
  await root.premium.load()
  root.premium.select(binding.binding_id)
  return { root, transport, loginKeyOf, bindingId: binding.binding_id }
}

function payments(transport: FakeTransport): RequestEnvelope[] {
  return transport.sentOf('5311')
}

describe('PremiumStore payment attempts', () => {
  it('retries a payment whose answer was lost under the same msgid: charged once', async () => {
    const { root, transport } = await setUp()
    transport.loseAnswers = 1
    expect(await root.premium.pay('258147')).toBe('refused')
    expect(root.premium.result).toMatchObject({ kind: 'refused', error: { code: 'E_NETWORK' } })
    expect(await root.premium.pay('258147')).toBe('paid')
    const [first, retry] = payments(transport)
    expect(retry.msgid).toBe(first.msgid)
    expect(root.session.person?.balc).toBe(352640 - 40000)
  })

  it('starts a new attempt with a new msgid after a definite answer', async () => {
    const { root, transport } = await setUp()
    expect(await root.premium.pay('111222')).toBe('pin-wrong')
    expect(root.premium.payTask.error?.message).toBe('支付密码错误，您还可尝试5次。')
    expect(await root.premium.pay('258147')).toBe('paid')
    const [wrong, right] = payments(transport)
    expect(right.msgid).not.toBe(wrong.msgid)
  })

  it('gives another member a new attempt, even while the last one is unanswered', async () => {
    const { root, transport, loginKeyOf, bindingId } = await setUp()
    const family = root.services.family
    const { binding } = await family.addMember({
      psn_name: '张雨桐',
      certno: CERT.张雨桐,
      relation: '子女',
    })
    await root.session.loginAs(await loginKeyOf('张雨桐'))
    await family.confirm(binding.binding_id, await family.faceToken(true))
    await root.session.loginAs(await loginKeyOf('张建国'))
    await root.premium.load()
    root.premium.select(bindingId)
    transport.loseAnswers = 1
    expect(await root.premium.pay('258147')).toBe('refused')
    root.premium.select(binding.binding_id)
    expect(await root.premium.pay('258147')).toBe('paid')
    const [lost, other] = payments(transport)
    expect(lost.input).toMatchObject({ binding_id: bindingId })
    expect(other.input).toMatchObject({ binding_id: binding.binding_id })
    expect(other.msgid).not.toBe(lost.msgid)
    // The lost payment did go through: the list now says so.
    await root.premium.load()
    expect(root.premium.members.find((m) => m.binding_id === bindingId)?.err_code).toBe(
      'E_ALREADY_PAID',
    )
  })

  it('keeps no PIN anywhere in the store', async () => {
    const { root } = await setUp()
    await root.premium.pay('258147')
    const kept = [root.premium.options, root.premium.result, root.session.person]
    expect(JSON.stringify(kept)).not.toContain('258147')
  })
})

/** The 5312 requests sent since the test cleared `transport.sent`. */
function pinChanges(transport: FakeTransport): RequestEnvelope[] {
  return transport.sentOf('5312')
}

describe('PremiumStore PIN change attempts', () => {
  it('retries a wrong PIN whose answer was lost under the same msgid: one try counted', async () => {
    const { root, transport } = await setUp()
    transport.forget()
    transport.loseAnswers = 1
    expect(await root.premium.changePin({ oldPin: '111222' }, '369147')).toBe('failed')
    expect(root.premium.changePinTask.error?.code).toBe('E_NETWORK')
    expect(await root.premium.changePin({ oldPin: '111222' }, '369147')).toBe('proof-failed')
    expect(root.premium.changePinTask.error?.message).toBe('支付密码错误，您还可尝试5次。')
    const [lost, retry] = pinChanges(transport)
    expect(retry.msgid).toBe(lost.msgid)

    // That answer ended the attempt: the next try is a new one, and the second wrong PIN.
    expect(await root.premium.changePin({ oldPin: '111222' }, '369147')).toBe('proof-failed')
    expect(root.premium.changePinTask.error?.message).toBe('支付密码错误，您还可尝试4次。')
    expect(pinChanges(transport)[2].msgid).not.toBe(lost.msgid)
  })

  it('a change that went through but whose answer was lost is answered as changed', async () => {
    const { root, transport } = await setUp()
    transport.forget()
    transport.loseAnswers = 1
    expect(await root.premium.changePin({ oldPin: '258147' }, '369147')).toBe('failed')
    // 258147 is no longer the PIN; judged again, the retry would be a wrong PIN.
    expect(await root.premium.changePin({ oldPin: '258147' }, '369147')).toBe('changed')
    const [lost, retry] = pinChanges(transport)
    expect(retry.msgid).toBe(lost.msgid)
    expect(await root.premium.pay('369147')).toBe('paid')
  })

  it('a face check after a lost PIN answer is a new attempt', async () => {
    const { root, transport } = await setUp()
    transport.forget()
    transport.loseAnswers = 1
    expect(await root.premium.changePin({ oldPin: '111222' }, '369147')).toBe('failed')
    const verified = root.premium.verifyFace()
    await root.faceCheck.answer(true)
    expect(await verified).toBe(true)
    expect(await root.premium.changePin('face', '369147')).toBe('changed')
    const [lost, byFace] = pinChanges(transport)
    expect(byFace.msgid).not.toBe(lost.msgid)
  })
})
