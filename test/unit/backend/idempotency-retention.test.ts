import { RETENTION_DAYS } from '../../../src/backend/state/idempotency'
import { TestClient } from '../../support/backend-client'

const DAY_MS = 24 * 60 * 60 * 1000

function storedAnswers(client: TestClient): number {
  return client.store.keys().filter((key) => key.startsWith('msg:')).length
}

describe('A2 msgid memory is kept for a retry window, then forgotten', () => {
  it('returns the first answer to a retry on the same day', async () => {
    const client = new TestClient()
    const first = await client.raw('9101', {}, { as: '张建国', msgid: 'face-1' })
    client.now += 60 * 60 * 1000
    const again = await client.raw('9101', {}, { as: '张建国', msgid: 'face-1' })
    expect(again).toEqual(first)
  })

  it(`forgets answers older than ${RETENTION_DAYS} days, so storage stays bounded`, async () => {
    const client = new TestClient()
    for (let i = 0; i < 40; i += 1) await client.ok('9101', {}, { as: '张建国' })
    const early = storedAnswers(client)
    expect(early).toBeGreaterThanOrEqual(40)

    client.now += (RETENTION_DAYS + 1) * DAY_MS
    for (let i = 0; i < 5; i += 1) await client.ok('9101', {}, { as: '张建国' })
    expect(storedAnswers(client)).toBeLessThan(early)
    expect(storedAnswers(client)).toBeGreaterThanOrEqual(5)
  })

  it('still rejects a different request under a remembered msgid', async () => {
    const client = new TestClient()
    await client.ok('9101', { pass: true }, { as: '张建国', msgid: 'same' })
    expect(await client.fail('9101', { pass: false }, { as: '张建国', msgid: 'same' })).toBe(
      'E_MSGID_REUSED',
    )
  })
})
