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

# The suite runs on SwiftShader (it compiles pipelines fastest); these GPU files run again on Mesa's
# lavapipe, the other CPU driver dlc uses, so kernels are checked on both. DLC_LAVAPIPE=0 skips it.
LAVAPIPE_TESTS=(tests/e2e/lavapipe.test.ts tests/e2e/train-step.test.ts tests/e2e/runtime.test.ts)
rm -f out/vitest-lavapipe.json
if [ "${DLC_LAVAPIPE:-1}" = 1 ] && [ $# -eq 0 ]; then
  echo "== GPU tests on lavapipe"
  DLC_VULKAN_DRIVER=lavapipe npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest-lavapipe.json "${LAVAPIPE_TESTS[@]}" || vitest_rc=1
  # A tier that died before writing its report is a failure, not zero tests.
  [ -f out/vitest-lavapipe.json ] || echo '{"numPassedTests":0,"numFailedTests":1,"numPendingTests":0,"numTodoTests":0,"testResults":[]}' > out/vitest-lavapipe.json
fi

node -e '
  const fs = require("fs");
  const read = (file, required) => {
    const r = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] };
    if (!required && !fs.existsSync(file)) return r;
    try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { r.numFailedTests = 1; return r; }
  };
  const runs = [read("out/vitest.json", true), read("out/vitest-lavapipe.json", false)];
  const sum = (k) => runs.reduce((s, r) => s + r[k], 0);
  const passed = sum("numPassedTests") + Number(process.argv[1]);
  // A test file that fails to load counts as a failure even when it reported no tests.
  const brokenFiles = runs.flatMap((r) => r.testResults || []).filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  const failed = sum("numFailedTests") + brokenFiles + Number(process.argv[2]);
  const skipped = sum("numPendingTests") + sum("numTodoTests");
  console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
' "$tc_pass" "$tc_fail"
summary_rc=$?
[ $vitest_rc -eq 0 ] && [ $summary_rc -eq 0 ]
