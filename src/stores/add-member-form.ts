import { makeAutoObservable } from 'mobx'

import type { InputOf } from '../domain/api'
import { formatErrorMessage } from '../domain/errors'
import { checkIdNumber } from '../domain/id-number'
import { type Relation, RELATIONS } from '../domain/kinship'
import { shanghaiDate } from '../domain/shanghai-time'

/** What the 添加成员 form holds while it is filled in (UI state, one per page visit). */
export class AddMemberForm {
  name = ''
  certno = ''
  relation: Relation | null = null
  /** The ID field was left once: from then on a short number is an error too. */
  certnoTouched = false

  readonly relations = RELATIONS

  constructor(private readonly today: () => string = () => shanghaiDate(Date.now())) {
    makeAutoObservable<AddMemberForm, 'today'>(this, { today: false, relations: false })
  }

  setName(value: string): void {
    this.name = value
  }

  setCertno(value: string): void {
    this.certno = value.replace(/\s/g, '').slice(0, 18)
  }

  touchCertno(): void {
    this.certnoTouched = this.certno.length > 0
  }

  pickRelation(index: number): void {
    this.relation = RELATIONS[index] ?? null
  }

  get relationIndex(): number {
    return this.relation === null ? -1 : RELATIONS.indexOf(this.relation)
  }

  /**
   * P1 as it is typed: anything but digits (and a final X) is wrong at once, a complete number is
   * checked in full, an unfinished one only once the field is left.
   */
  get certnoError(): string | null {
    const typed = this.certno.toUpperCase()
    if (typed === '') return null
    const malformed = !/^\d{0,17}[\dX]?$/.test(typed)
    const complete = typed.length === 18
    if (malformed || ((complete || this.certnoTouched) && !this.certnoValid)) {
      return formatErrorMessage('E_ID_INVALID')
    }
    return null
  }

  get certnoValid(): boolean {
    return checkIdNumber(this.certno, this.today()).ok
  }

  get complete(): boolean {
    return this.name.trim() !== '' && this.certnoValid && this.relation !== null
  }

  /** What still has to be filled in before the form can be sent, in the order of the fields. */
  get missing(): string | null {
    if (this.name.trim() === '') return '请填写家庭成员的姓名。'
    if (!this.certnoValid) return formatErrorMessage('E_ID_INVALID')
    if (this.relation === null) return '请选择与本人关系。'
    return null
  }

  /** The request, or null while the form is incomplete (the page says what is missing). */
  get input(): InputOf<'5303'> | null {
    if (!this.complete || this.relation === null) return null
    return {
      psn_name: this.name.trim(),
      certno: checkIdNumber(this.certno, this.today()).normalized,
      relation: this.relation,
    }
  }

  /** After a binding was added: an empty form for the next member. */
  reset(): void {
    this.name = ''
    this.certno = ''
    this.relation = null
    this.certnoTouched = false
  }
}
