import type { FamilyService } from '../../../src/services/family-service'
import { FaceCheckStore } from '../../../src/stores/face-check-store'

function store(answer: (pass: boolean) => Promise<string>) {
  return new FaceCheckStore({ faceToken: answer } as unknown as FamilyService)
}

describe('FaceCheckStore: a face check lives and dies with the page that asked', () => {
  it('ends as given up when the page goes away, so it never comes back', async () => {
    const faceCheck = store(async () => 'token')
    const asked = faceCheck.verify('确认绑定')
    expect(faceCheck.open).toBe(true)
    faceCheck.dismiss()
    await expect(asked).resolves.toBeNull()
    expect(faceCheck.open).toBe(false)
  })

  it('drops a 9101 answer that arrives after the page went away', async () => {
    let release: (token: string) => void = () => undefined
    const faceCheck = store(() => new Promise<string>((resolve) => (release = resolve)))
    const first = faceCheck.verify('确认绑定')
    const answering = faceCheck.answer(true)
    faceCheck.dismiss()
    const second = faceCheck.verify('确认绑定')
    release('late-token')
    await answering
    await expect(first).resolves.toBeNull()
    // The late token belongs to a check nobody waits for; the new one is still open.
    expect(faceCheck.open).toBe(true)
    faceCheck.dismiss()
    await expect(second).resolves.toBeNull()
  })

  it('still hands the token to the page that is waiting', async () => {
    const faceCheck = store(async () => 'token')
    const asked = faceCheck.verify('确认绑定')
    await faceCheck.answer(true)
    await expect(asked).resolves.toBe('token')
  })
})
