// A launch loads ~450 KB of bundles and the first page compiles every template with wcc.
jest.setTimeout(15_000)
