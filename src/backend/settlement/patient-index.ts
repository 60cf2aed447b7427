import type { RequestContext } from '../context'
import { keys, LEDGER_PAGE_SIZE, ledgerPageOf } from '../state/keys'
import { savePerson } from '../state/persons'
import type { PatientSettlementEntry, PersonRecord } from '../state/records'

/**
 * A patient's settlements that their own account paid nothing of (a 390 patient always; a 310
 * patient whose account was empty or suspended). With the 本人消费 entries of the ledger this
 * lists every settlement of the patient exactly once. Paged like the ledger: only the newest
 * page is rewritten.
 */
export function indexPatientSettlement(
  ctx: RequestContext,
  patient: PersonRecord,
  setlId: string,
): PatientSettlementEntry {
  const seq = (patient.patientSettlementCount ?? 0) + 1
  const entry: PatientSettlementEntry = { seq, time: ctx.now, setlId }
  const key = keys.patientSettlementPage(patient.psnNo, ledgerPageOf(seq))
  const page = ctx.uow.get<PatientSettlementEntry[]>(key) ?? []
  page.push(entry)
  ctx.uow.put(key, page)
  patient.patientSettlementCount = seq
  savePerson(ctx, patient)
  return entry
}

function readPage(ctx: RequestContext, psnNo: string, page: number): PatientSettlementEntry[] {
  return ctx.uow.get<PatientSettlementEntry[]>(keys.patientSettlementPage(psnNo, page)) ?? []
}

export function findPatientSettlement(
  ctx: RequestContext,
  patient: PersonRecord,
  seq: number,
): PatientSettlementEntry | undefined {
  if (seq < 1 || seq > (patient.patientSettlementCount ?? 0)) return undefined
  return readPage(ctx, patient.psnNo, ledgerPageOf(seq)).find((e) => e.seq === seq)
}

/** Index entries newest first, below `beforeSeq` (exclusive), one page at a time. */
export function* patientSettlementsNewestFirst(
  ctx: RequestContext,
  patient: PersonRecord,
  beforeSeq: number,
): Generator<PatientSettlementEntry> {
  let seq = Math.min(beforeSeq - 1, patient.patientSettlementCount ?? 0)
  while (seq >= 1) {
    const pageNo = ledgerPageOf(seq)
    const page = readPage(ctx, patient.psnNo, pageNo)
    for (let i = page.length - 1; i >= 0; i -= 1) {
      if (page[i].seq <= seq) yield page[i]
    }
    seq = pageNo * LEDGER_PAGE_SIZE
  }
}
