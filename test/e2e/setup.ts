// A cold Chromium start plus page transitions (~300 ms each), on a loaded 2-core CI machine.
jest.setTimeout(90_000)
