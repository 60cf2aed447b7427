/**
 * The demo's fixed facts, shared by tests and scripts: nothing here depends on jest, so a script
 * (bench, load test) may import it.
 */

/** 2026-11-23 14:05 in Shanghai: the demo's "today", inside the 2027年度 collection period. */
export const DEMO_NOW = Date.parse('2026-11-23T14:05:00+08:00')

/** The demo personas' ID numbers (personas.md), by name. */
export const CERT = {
  张建国: '410105196803120315',
  李秀兰: '410105197007080425',
  张伟: '410105199204110514',
  张雨萱: '410302200609010287',
  张雨桐: '410105201003030446',
  张浩然: '41010520140520017X',
  王桂芝: '411302194501150467',
  张德明: '410105194308210138',
  张建军: '440106197211300159',
  周淑珍: '410105194802020225',
  张小满: '410105202606010131',
  刘强: '410102198506180397',
  陈静: '410104199012250604',
  李秀梅: '410105197504150420',
} as const

export type PersonaName = keyof typeof CERT

export const DAY_MS = 24 * 60 * 60 * 1000
