import { DomainError } from '../domain/errors'
import { isFen } from '../domain/money'

/**
 * Small validators for transaction inputs. Anything malformed is E_BAD_REQUEST naming the field,
 * before any rule runs, so bad input never reaches state.
 */
export type Fields = Record<string, unknown>

const MAX_TEXT = 200

export function bad(field: string): DomainError {
  return new DomainError('E_BAD_REQUEST', { 字段: field })
}

export function object(raw: unknown): Fields {
  if (raw === undefined || raw === null) return {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw bad('input')
  return raw as Fields
}

export function text(input: Fields, field: string, max = MAX_TEXT): string {
  const value = input[field]
  if (typeof value !== 'string' || value.length === 0 || value.length > max) throw bad(field)
  return value
}

export function optionalText(input: Fields, field: string, max = MAX_TEXT): string | undefined {
  return input[field] === undefined ? undefined : text(input, field, max)
}

export function bool(input: Fields, field: string): boolean {
  const value = input[field]
  if (typeof value !== 'boolean') throw bad(field)
  return value
}

export function optionalBool(input: Fields, field: string): boolean | undefined {
  return input[field] === undefined ? undefined : bool(input, field)
}

/** A non-negative whole number of 分 (rejects fractions, negatives, NaN, strings). */
export function fen(input: Fields, field: string, { positive = false } = {}): number {
  const value = input[field]
  if (!isFen(value) || value < 0 || (positive && value === 0) || value > 1e12) throw bad(field)
  return value
}

export function integer(input: Fields, field: string, min: number, max: number): number {
  const value = input[field]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(field)
  }
  return value
}

export function oneOf<T extends string>(input: Fields, field: string, allowed: readonly T[]): T {
  const value = input[field]
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw bad(field)
  return value as T
}

export function textList(input: Fields, field: string, maxItems = 50): string[] {
  const value = input[field]
  if (!Array.isArray(value) || value.length > maxItems) throw bad(field)
  return value.map((item) => {
    if (typeof item !== 'string' || item.length === 0 || item.length > MAX_TEXT) throw bad(field)
    return item
  })
}

/** A six-digit PIN; its value is never echoed back in the error. */
export function pin(input: Fields, field: string): string {
  const value = input[field]
  if (typeof value !== 'string' || !/^\d{6}$/.test(value)) throw bad(field)
  return value
}

export function none(raw: unknown): Record<string, never> {
  object(raw)
  return {}
}
