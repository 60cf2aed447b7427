// Each UI test renders a page over the whole simulated backend; on a loaded 2-core machine that
// takes seconds, far from jest's 5 s default. Slower than this means a real hang.
jest.setTimeout(30_000)
