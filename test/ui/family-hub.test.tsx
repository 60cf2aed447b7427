import { waitFor } from '@testing-library/react'

import FamilyHubPage from '../../src/packages/family/hub/index'
import { el } from '../support/screen'
import { createTestApp } from '../support/test-app'

async function introAs(name: '张建国' | '张雨桐' | '陈静'): Promise<string> {
  const app = createTestApp()
  await app.loginAs(name)
  app.render(<FamilyHubPage />)
  await waitFor(() => expect(el('#hub-intro')).toBeTruthy())
  return el('#hub-intro').textContent ?? ''
}

describe('家庭共济服务: the explanation speaks to who is logged in', () => {
  it('tells a 职工 what sharing their account means', async () => {
    expect(await introAs('张建国')).toContain('参加职工医保的您')
  })

  it('tells a 城乡居民 what her family can do for her, never calls her a 职工', async () => {
    const intro = await introAs('张雨桐')
    expect(intro).toContain('您参加的是城乡居民医保')
    expect(intro).not.toContain('参加职工医保的您')
  })

  it('tells someone not insured why nothing applies yet and where to ask', async () => {
    const intro = await introAs('陈静')
    expect(intro).toContain('您目前没有参加基本医疗保险')
    expect(intro).toContain('12393')
    expect(intro).not.toContain('参加职工医保的您')
    expect(intro).not.toContain('您参加的是城乡居民医保')
  })
})
