import { DomainError } from '../../domain/errors'
import type { KinLookup } from '../../domain/kinship'
import type { RequestContext } from '../context'
import { keys } from './keys'
import type { MetaRecord, PersonRecord } from './records'

export function findPerson(ctx: RequestContext, certno: string): PersonRecord | undefined {
  return ctx.uow.get<PersonRecord>(keys.person(certno))
}

export function requirePerson(ctx: RequestContext, certno: string): PersonRecord {
  const person = findPerson(ctx, certno)
  if (!person) throw new DomainError('E_NOT_FOUND')
  return person
}

export function savePerson(ctx: RequestContext, person: PersonRecord): void {
  ctx.uow.put(keys.person(person.certno), person)
}

export function readMeta(ctx: RequestContext): MetaRecord {
  const meta = ctx.uow.get<MetaRecord>(keys.meta)
  if (!meta) throw new DomainError('E_STORAGE_CORRUPT')
  return meta
}

/** Next value of a named counter, e.g. nextNumber(ctx, 'binding') → 1, 2, 3… */
export function nextNumber(ctx: RequestContext, counter: string): number {
  const meta = readMeta(ctx)
  const next = (meta.counters[counter] ?? 0) + 1
  meta.counters[counter] = next
  ctx.uow.put(keys.meta, meta)
  return next
}

export function kinLookup(ctx: RequestContext): KinLookup {
  return (certno) => {
    const person = findPerson(ctx, certno)
    if (!person) return undefined
    return {
      sex: Number(certno[16]) % 2 === 1 ? '1' : '2',
      parents: person.parents,
      spouse: person.spouse,
    }
  }
}

/** Everyone the registry names as `certno`'s child (the registry stores only parent links). */
export function childrenOf(ctx: RequestContext, certno: string): string[] {
  return readMeta(ctx).persons.filter((other) =>
    (findPerson(ctx, other)?.parents ?? []).includes(certno),
  )
}
