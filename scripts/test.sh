#!/usr/bin/env bash
# The whole test suite as CI runs it: set-up, the type check, then vitest (WebGPU tests run for real
# on SwiftShader). Ends with one line `N passed, N failed` (the type check counts as one test).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

mkdir -p out
echo "== type check (tsc)"
if npm run --silent typecheck; then tc_pass=1; tc_fail=0; else tc_pass=0; tc_fail=1; fi

echo "== tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json "$@"
vitest_rc=$?

node -e '
  const fs = require("fs");
  let r = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numTotalTests: 0 };
  try { r = JSON.parse(fs.readFileSync("out/vitest.json", "utf8")); } catch { r.numFailedTests = 1; }
  const passed = r.numPassedTests + Number(process.argv[1]);
  // A test file that fails to load counts as a failure even when it reported no tests.
  const brokenFiles = (r.testResults || []).filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  const failed = r.numFailedTests + brokenFiles + Number(process.argv[2]);
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
' "$tc_pass" "$tc_fail"
summary_rc=$?
[ $vitest_rc -eq 0 ] && [ $summary_rc -eq 0 ]
