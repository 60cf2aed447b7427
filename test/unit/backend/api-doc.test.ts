import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { renderApiDoc } from '../../../scripts/api-doc'
import { TRANSACTIONS } from '../../../src/backend/transactions/table'

describe('docs/api.md', () => {
  it('is what the transaction table says (run `npm run docs:api` after changing it)', () => {
    const onDisk = readFileSync(join(__dirname, '../../../docs/api.md'), 'utf8')
    expect(onDisk).toBe(renderApiDoc())
  })

  it('lists every transaction of the contract', () => {
    const doc = renderApiDoc()
    for (const infno of Object.keys(TRANSACTIONS)) expect(doc).toContain(`| ${infno} |`)
  })
})
