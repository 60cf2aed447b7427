import { CERT, TestClient } from '../../support/backend-client'
import { bind, settle } from '../../support/scenes'

describe('5315 records.detail', () => {
  it('shows an own purchase with its split', async () => {
    const client = new TestClient()
    const paid = await settle(client, '张建国', 4321, { inst_name: '老百姓大药房' })
    const [row] = (await client.ok('5313', {}, { as: '张建国' })).rows
    const detail = await client.ok('5315', { id: row.id }, { as: '张建国' })
    expect(detail.row).toEqual(row)
    expect(detail.settlement).toMatchObject({
      setl_id: paid.setl_id,
      inst_name: '老百姓大药房',
      acct_pay: 4321,
      acct_mulaid_pay: 0,
      psn_cash_pay: 0,
      lines: [],
    })
  })

  it('shows a 划入 entry without a settlement', async () => {
    const client = new TestClient()
    const [credit] = (await client.ok('5313', { kinds: ['划入'] }, { as: '李秀兰' })).rows
    const detail = await client.ok('5315', { id: credit.id }, { as: '李秀兰' })
    expect(detail).toEqual({ row: credit })
  })

  it('row ids carry no ID number', async () => {
    const client = new TestClient()
    await bind(client, '张建国', '张浩然', '子女')
    await settle(client, '张浩然', 500)
    const rows = [
      ...(await client.ok('5313', {}, { as: '张建国' })).rows,
      ...(await client.ok('5314', {}, { as: '张浩然' })).rows,
    ]
    for (const row of rows) {
      expect(row.id).not.toContain(CERT.张建国.slice(0, 10))
      expect(row.id).not.toContain(CERT.张浩然.slice(0, 10))
    }
    expect(JSON.stringify(rows)).not.toContain(CERT.张浩然)
  })

  it("A1: another person's row answers as a row that does not exist (E_NOT_FOUND)", async () => {
    const client = new TestClient()
    const [row] = (await client.ok('5313', {}, { as: '张建国' })).rows
    const before = client.snapshot()
    const theirs = await client.raw('5315', { id: row.id }, { as: '李秀兰' })
    const [own] = (await client.ok('5313', {}, { as: '李秀兰' })).rows
    const missing = await client.raw(
      '5315',
      { id: `${own.id.split('-')[0]}-99999` },
      { as: '李秀兰' },
    )
    expect(theirs.err_code).toBe('E_NOT_FOUND')
    expect(theirs.err_msg).toBe(missing.err_msg)
    const [psnNo] = row.id.split('-')
    for (const id of [`${psnNo}-99999`, `${psnNo}-S1`, `${psnNo}-0`, 'nonsense', '']) {
      const code = await client.fail('5315', { id }, { as: '张建国' })
      expect(['E_NOT_FOUND', 'E_BAD_REQUEST']).toContain(code)
    }
    expect(await client.fail('5315', { id: `${psnNo}-99999` }, { as: '张建国' })).toBe(
      'E_NOT_FOUND',
    )
    expect(await client.fail('5315', { id: row.id })).toBe('E_NOT_LOGGED_IN')
    expect(client.snapshot()).toEqual(before)
  })
})
