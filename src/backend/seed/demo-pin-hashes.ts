/**
 * The demo population's PIN hashes, computed once (PBKDF2-SHA256, pin-hash.ts) and kept as data:
 * hashing them at first launch cost over a second on a phone without a JIT (docs/testing.md,
 * "First launch"). Keyed by PIN, so people who share the initial PIN share its hash; a demo PIN
 * missing here is hashed at seeding time instead (slower, still correct).
 */
export const DEMO_PIN_HASHES: Readonly<Record<string, string>> = {
  '000000':
    'pbkdf2-sha256$4000$097c2b41b33dfb4a28b8f2179b25bc07$45144f9f3d1c4775ac27b3dfdcd98aaf26bf19abc66037e37b9fae92469110da',
  '258369':
    'pbkdf2-sha256$4000$26cf0b1bb5d222b0274c69c42edadb8e$acdce3064478ac0fb28975a6316570c088b09d42fc9255b612f129bb551cf29e',
}
