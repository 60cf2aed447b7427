#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to see: install what the browser
# layer needs, type check, lint, format, build the three targets, package sizes, then every jest
# layer (unit, contract over HTTP, UI, compiled WeChat/Alipay output, H5 end to end).
# Ends with one line: "N passed, N failed" (jest tests plus the quality gates).
set -u
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

gate() {
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

bash scripts/ensure-browser.sh || echo "warning: could not install chromium; the e2e layer will fail"
[ -d node_modules ] || npm ci --no-audit --no-fund

gate typecheck npx tsc --noEmit -p .
gate lint npm run --silent lint
gate format npx prettier --check --log-level warn .
if [ "${SKIP_BUILD:-}" != "1" ]; then
  gate build npm run --silent build
  # HTTP builds: WeChat without QA (dist/weapp-http), H5 with QA on the tests' mock server port.
  gate build-variants npm run --silent build:variants
fi
gate size npm run --silent size

mkdir -p .test-results
rm -f .test-results/jest.json
npx jest --ci --maxWorkers=2 --json --outputFile=.test-results/jest.json "$@"
jest_exit=$?

# Every compiled flow once more on the iOS 12.2–13 engine profile (docs/testing.md); checks of
# the files themselves (syntax, markup, wxml) and the 10,000-row paging measure do not depend on it.
if [ "$#" -eq 0 ]; then
  rm -f .test-results/jest-ios12.json
  YB_ENGINE=ios12 npx jest --ci --maxWorkers=2 --selectProjects compiled \
    --testPathIgnorePatterns 'syntax|structure|wxml-compile|records-paging|engine\.test' \
    --json --outputFile=.test-results/jest-ios12.json
fi

count() {
  local file=$1
  if [ -f "$file" ]; then
    node -e '
      const r = require(process.argv[1])
      // A suite that failed to load counts as a failure even though it ran no test.
      const broken = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length
      console.log(r.numPassedTests, r.numFailedTests + broken)
    ' "$PWD/$file"
  else
    echo 0 1 # no results: counted as a failure
  fi
}
read -r jp jf <<<"$(count .test-results/jest.json)"
if [ "$jest_exit" -ne 0 ] && [ "$jf" -eq 0 ]; then
  jf=1
  failures+=("jest exited $jest_exit")
fi
if [ "$#" -eq 0 ]; then
  read -r ip if_ <<<"$(count .test-results/jest-ios12.json)"
  jp=$((jp + ip))
  jf=$((jf + if_))
fi

total_passed=$((passed + jp))
total_failed=$((failed + jf))
if [ ${#failures[@]} -gt 0 ]; then echo "failed gates: ${failures[*]}"; fi
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
