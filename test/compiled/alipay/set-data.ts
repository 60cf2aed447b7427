type Container = Record<string, unknown> | unknown[]

/** `root.cn.[0].cn.[2].v` → ['root', 'cn', 0, 'cn', 2, 'v'] (also accepts `cn[0]`). */
export function parsePath(key: string): (string | number)[] {
  const parts: (string | number)[] = []
  for (const segment of key.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment)
    if (!match) throw new Error(`unsupported setData path "${key}"`)
    if (match[1]) parts.push(match[1])
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]))
  }
  return parts
}

/**
 * Applies a setData payload the way the client does: each key is a path into `data`; values
 * arrive serialised (a copy), intermediate objects and arrays are created as needed.
 */
export function applySetData(data: Record<string, unknown>, payload: Record<string, unknown>) {
  for (const [key, raw] of Object.entries(payload)) {
    const value = raw === undefined ? undefined : JSON.parse(JSON.stringify(raw))
    const parts = parsePath(key)
    let target: Container = data
    for (let i = 0; i < parts.length - 1; i += 1) {
      const slot = (target as Record<string | number, unknown>)[parts[i]]
      if (slot === null || typeof slot !== 'object') {
        const created: Container = typeof parts[i + 1] === 'number' ? [] : {}
        ;(target as Record<string | number, unknown>)[parts[i]] = created
        target = created
      } else {
        target = slot as Container
      }
    }
    ;(target as Record<string | number, unknown>)[parts[parts.length - 1]] = value
  }
}
