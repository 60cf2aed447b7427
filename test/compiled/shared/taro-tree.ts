/**
 * Taro's rendered tree as mini-program page data (`data.root`): `cn` children, `v` text,
 * `uid` the JSX id, `sid` Taro's node id, `cl` the className. Both mini-program harnesses
 * resolve selectors here, so `#id` and `.class` mean the same on WeChat and Alipay.
 */
export interface TaroNode {
  sid?: string
  uid?: string
  cl?: string
  v?: string
  nn?: string | number
  cn?: TaroNode[]
}

interface Compound {
  id?: string
  classes: string[]
}

function parseCompound(part: string): Compound {
  const compound: Compound = { classes: [] }
  const tokens = part.match(/[#.][^#.]+/g)
  if (!tokens || tokens.join('') !== part) {
    throw new Error(`unsupported selector "${part}": use #id, .class, or both (space = descendant)`)
  }
  for (const token of tokens) {
    if (token[0] === '#') compound.id = token.slice(1)
    else compound.classes.push(token.slice(1))
  }
  return compound
}

function matches(node: TaroNode, compound: Compound): boolean {
  if (compound.id !== undefined && node.uid !== compound.id) return false
  if (!compound.classes.length) return true
  const classes = (node.cl ?? '').split(/\s+/)
  return compound.classes.every((c) => classes.includes(c))
}

/** Ancestors (nearest last) contain the leading compounds in order. */
function ancestorsMatch(ancestors: TaroNode[], leading: Compound[]): boolean {
  let i = ancestors.length - 1
  for (let k = leading.length - 1; k >= 0; k -= 1) {
    while (i >= 0 && !matches(ancestors[i], leading[k])) i -= 1
    if (i < 0) return false
    i -= 1
  }
  return true
}

/** Every element matching `selector` (e.g. `#balance-value`, `.cell`, `#list .row`), in order. */
export function findAll(root: TaroNode | undefined, selector: string): TaroNode[] {
  const parts = selector.trim().split(/\s+/).map(parseCompound)
  const last = parts[parts.length - 1]
  const leading = parts.slice(0, -1)
  const found: TaroNode[] = []
  const walk = (node: TaroNode, ancestors: TaroNode[]) => {
    for (const child of node.cn ?? []) {
      if (matches(child, last) && ancestorsMatch(ancestors, leading)) found.push(child)
      walk(child, [...ancestors, child])
    }
  }
  if (root) walk(root, [])
  return found
}

export function textOf(node: TaroNode | undefined): string {
  if (!node) return ''
  return (node.v ?? '') + (node.cn ?? []).map(textOf).join('')
}
