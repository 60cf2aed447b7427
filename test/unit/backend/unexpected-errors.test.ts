import { MemoryKeyValueStore } from '../../../src/backend/storage/key-value-store'
import { TestClient } from '../../support/backend-client'
import { takeUnexpectedReports } from '../../support/unexpected-reports'

/** Memory storage with a defect: reading a family record throws, as a bug in a store might. */
class DefectiveStore extends MemoryKeyValueStore {
  defective = false

  get(key: string): string | null {
    if (this.defective && key.startsWith('fam:')) throw new TypeError('family record unreadable')
    return super.get(key)
  }
}

describe('an exception outside the error catalogue', () => {
  it('answers E_SERVER and is reported once, with its stack', async () => {
    const store = new DefectiveStore()
    const client = new TestClient({ store })
    await client.tokenFor('张建国')
    store.defective = true
    const answer = await client.raw('5301', {}, { as: '张建国' })
    expect(answer).toMatchObject({ infcode: -1, err_code: 'E_SERVER' })
    expect(answer.err_msg).toBe('医保服务暂时不可用，请稍后重试。')
    const reports = takeUnexpectedReports()
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatch(/TypeError: family record unreadable\n\s+at /)
  })

  it('is not reported when the answer is a rejection from the catalogue', async () => {
    const client = new TestClient()
    const answer = await client.raw('5301', {})
    expect(answer.err_code).toBe('E_NOT_LOGGED_IN')
    expect(takeUnexpectedReports()).toEqual([])
  })
})
