// A launch loads ~450 KB of bundles and the first page compiles every template with wcc; on a
// 2-core CI machine running two jest workers a multi-page flow can take tens of seconds.
jest.setTimeout(60_000)
