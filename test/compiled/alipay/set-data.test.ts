import { applySetData, parsePath } from './set-data'

describe("the harness's setData (Taro's path keys)", () => {
  it('reads the `.[n]` index form Taro sends, and the `[n]` form', () => {
    expect(parsePath('root.cn.[0].cn.[2].v')).toEqual(['root', 'cn', 0, 'cn', 2, 'v'])
    expect(parsePath('root.cn[1].cl')).toEqual(['root', 'cn', 1, 'cl'])
  })

  it('updates in place, creates missing containers and stores a copy', () => {
    const data: Record<string, unknown> = { root: { cn: [{ sid: 'a', v: 'old' }] } }
    const node = { sid: 'b', cn: [] as unknown[] }
    applySetData(data, { 'root.cn.[0].v': 'new', 'root.cn.[1]': node, 'extra.[0].x': 1 })
    node.cn.push('mutated later')
    expect(data).toEqual({
      root: {
        cn: [
          { sid: 'a', v: 'new' },
          { sid: 'b', cn: [] },
        ],
      },
      extra: [{ x: 1 }],
    })
  })
})
