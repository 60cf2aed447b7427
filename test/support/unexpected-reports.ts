import { UNEXPECTED_ERROR } from '../../src/domain/unexpected'

/**
 * Installed in every jest project (setupFilesAfterEnv): a test fails when the code under test
 * reports an unexpected error (src/domain/unexpected.ts), unless the test takes the report itself
 * with `takeUnexpectedReports()` because provoking one is what it checks.
 */
const reports: unknown[][] = []
const consoleError = console.error.bind(console)
let spy: jest.SpyInstance | null = null

beforeEach(() => {
  reports.length = 0
  spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args[0] === UNEXPECTED_ERROR) reports.push(args)
    else consoleError(...args)
  })
})

afterEach(() => {
  // The test may have restored every mock already (jest.restoreAllMocks): restoring twice is fine.
  spy?.mockRestore()
  spy = null
  const [first] = reports.splice(0)
  if (first) throw new Error(`The code reported an unexpected error:\n${String(first[1])}`)
})

/** The unexpected errors reported since the test began (each with its stack); clears them. */
export function takeUnexpectedReports(): string[] {
  return reports.splice(0).map((args) => String(args[1]))
}
