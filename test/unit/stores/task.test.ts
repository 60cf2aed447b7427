import { ApiError } from '../../../src/services/api-error'
import { Task } from '../../../src/stores/task'
import { takeUnexpectedReports } from '../../support/unexpected-reports'

describe('Task', () => {
  it('runs once while in flight: a second tap sends nothing', async () => {
    let calls = 0
    let finish: (value: string) => void = () => undefined
    const task = new Task(() => {
      calls += 1
      return new Promise<string>((resolve) => {
        finish = resolve
      })
    })
    const first = task.run()
    expect(task.pending).toBe(true)
    expect(await task.run()).toBeUndefined()
    finish('done')
    expect(await first).toBe('done')
    expect(calls).toBe(1)
    expect(task.pending).toBe(false)
  })

  it('keeps the ApiError, and turns anything else into E_SERVER', async () => {
    const rejecting = new Task(() => Promise.reject(new ApiError('E_BALANCE', '余额不足')))
    await rejecting.run()
    expect(rejecting.error).toMatchObject({ code: 'E_BALANCE', message: '余额不足' })
    const crashing = new Task(() => Promise.reject(new TypeError('boom')))
    await crashing.run()
    expect(crashing.error?.code).toBe('E_SERVER')
    // The defect is not swallowed: it is reported once, with its stack.
    const reports = takeUnexpectedReports()
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatch(/TypeError: boom\n\s+at /)
    crashing.clearError()
    expect(crashing.error).toBeNull()
  })
})
