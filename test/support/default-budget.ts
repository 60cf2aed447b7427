import { DEFAULT_BUDGET_MS } from './budgets'

// Many unit and UI tests run the whole simulated backend (a UI test renders a page over it); on a
// loaded 2-core machine that takes seconds, too close to jest's 5 s default. Slower than this
// means a real hang. Property and fuzz tests set their own budgets (budgets.ts).
jest.setTimeout(DEFAULT_BUDGET_MS)
