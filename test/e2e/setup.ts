// A cold Chromium start plus a few page transitions (~300 ms each) per test.
jest.setTimeout(30_000)
