import { verifyPin } from '../../../src/backend/pin-hash'
import { DEMO_PIN_HASHES } from '../../../src/backend/seed/demo-pin-hashes'
import { DEMO_POPULATION } from '../../../src/backend/seed/demo-population'
import { INITIAL_PIN } from '../../../src/domain/pin-policy'

describe('precomputed demo PIN hashes', () => {
  it('each verifies its own PIN and no other', () => {
    for (const [pin, hash] of Object.entries(DEMO_PIN_HASHES)) {
      expect(verifyPin(pin, hash)).toBe(true)
      expect(verifyPin(pin === '000000' ? '000001' : '000000', hash)).toBe(false)
    }
  })

  it('covers every PIN of the demo population, so first launch hashes nothing', () => {
    const pins = DEMO_POPULATION.filter((p) => p.insutype === '310').map(
      (p) => p.pin ?? INITIAL_PIN,
    )
    expect(pins.filter((pin) => DEMO_PIN_HASHES[pin] === undefined)).toEqual([])
  })
})
