/**
 * An exception outside the error catalogue (domain.md §10) is a defect: the citizen sees E_SERVER
 * ("系统繁忙"), and the place that maps it to E_SERVER reports it here, once, with its stack, so
 * the defect leaves a trace in the app's console and the server's log.
 */
export const UNEXPECTED_ERROR = 'Unexpected error, answered as E_SERVER:'

export function reportUnexpected(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : error
  console.error(UNEXPECTED_ERROR, detail)
}
