/**
 * Per-test time budgets. Property and fuzz tests are sized by run count (fast-check's numRuns),
 * never by time; these budgets only catch a hang, and hold on a 2-core machine running builds
 * and other test workers beside them (measured slowest run there × 3 or more).
 */

/** A pure property test of domain rules: a few hundred runs, well under a second alone. */
export const PROPERTY_BUDGET_MS = 30_000

/** A fuzz test through the whole backend (or the mock server over HTTP in contract-http). */
export const FUZZ_BUDGET_MS = 300_000

/** Any other unit, contract or UI test (jest's 5 s default is too tight under load). */
export const DEFAULT_BUDGET_MS = 30_000
