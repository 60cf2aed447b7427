/**
 * The H5 origins a mock server answers by default: `npm run dev:h5` / `npm start` (10086) and the
 * README's HTTP build served on 10087, by address and by name.
 */
export const DEFAULT_ORIGINS: readonly string[] = [10086, 10087].flatMap((port) => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
])

/**
 * Browsers send `Origin` with every cross-site request; mini-programs and scripts send none. A
 * request from any other origin is refused outright, so a page in a tester's browser cannot
 * drive the server (a CORS header alone would only hide the answer, not stop the request).
 */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  return origin === undefined || allowed.includes(origin)
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host)
}
