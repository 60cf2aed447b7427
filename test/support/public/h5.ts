/**
 * The H5 harness as scripts may use it (npm run a11y): one page of the built app in Chromium,
 * its taps, reads and waits. Tests import the harness directly.
 */
export { H5App, loginAs } from '../../e2e/harness'
