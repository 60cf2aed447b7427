import type { RecordDetailOutput } from '../../domain/api'
import { DomainError } from '../../domain/errors'
import type { RequestContext } from '../context'
import { findPatientSettlement } from '../settlement/patient-index'
import { findSettlement } from '../settlement/settlement-records'
import { settlementView } from '../settlement/settlement-view'
import { findLedgerEntry } from '../state/ledger'
import type { PersonRecord } from '../state/records'
import { ledgerRowView } from './account-changes'
import { parseRowId } from './row-ids'

/**
 * 5315: one row of the caller's own listings (A1). An id of another account and an id that names
 * no row both answer E_NOT_FOUND (no oracle). A settlement row comes with its split as the caller
 * may see it.
 */
export function recordDetail(
  ctx: RequestContext,
  owner: PersonRecord,
  id: string,
): RecordDetailOutput {
  const ref = parseRowId(id)
  if (!ref || ref.psnNo !== owner.psnNo) throw new DomainError('E_NOT_FOUND')
  const output: RecordDetailOutput = {}
  let setlId: string | undefined
  if (ref.stream === 'ledger') {
    const entry = findLedgerEntry(ctx, owner, ref.seq)
    if (!entry) throw new DomainError('E_NOT_FOUND')
    output.row = ledgerRowView(ctx, owner, entry)
    setlId = entry.setlId
  } else {
    const entry = findPatientSettlement(ctx, owner, ref.seq)
    if (!entry) throw new DomainError('E_NOT_FOUND')
    setlId = entry.setlId
  }
  const record = setlId === undefined ? undefined : findSettlement(ctx, setlId)
  if (record) output.settlement = settlementView(ctx, record, owner.certno)
  else if (ref.stream === 'patient') throw new DomainError('E_NOT_FOUND')
  return output
}
