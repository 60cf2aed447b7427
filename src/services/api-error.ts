import { type ErrorCode, formatErrorMessage } from '../domain/errors'

/** A rejection as the caller sees it: the backend's code and message, never rewritten. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = formatErrorMessage(code),
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
