#!/usr/bin/env bash
# Runs every test tier: unit + component (Vitest projects), then the browser tier (Playwright +
# Debian chromium). Every tier runs even if an earlier one fails; the script fails if any tier failed.
# Ends with the time each tier took and one line: "N passed, M failed", summed over the tiers
# (see the Summary step).
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=test-output
mkdir -p "$OUT"
rm -f "$OUT/unit-component.json" "$OUT/browser.json"

failed_tiers=()
all_start=$SECONDS

heading() {
  printf '\n==== %s ====\n\n' "$1"
}

heading "Unit + component tests (vitest run)"
start=$SECONDS
if npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/unit-component.json"; then
  unit_line="unit + component: ok ($((SECONDS - start)) s)"
  unit_status=0
else
  unit_status=1
  unit_line="unit + component: FAILED ($((SECONDS - start)) s)"
  failed_tiers+=("unit+component")
fi
echo "$unit_line"

heading "Browser tests (chromium via playwright-core)"
start=$SECONDS
if ! bash scripts/ensure-chromium.sh; then
  browser_line="browser: FAILED, chromium is not available (not skipped)"
  browser_status=1
  failed_tiers+=("browser (no chromium)")
elif npx vitest run --config vitest.browser.config.ts \
  --reporter=default --reporter=json --outputFile.json="$OUT/browser.json"; then
  browser_line="browser: ok ($((SECONDS - start)) s, with the build)"
  browser_status=0
else
  browser_status=1
  browser_line="browser: FAILED ($((SECONDS - start)) s, with the build)"
  failed_tiers+=("browser")
fi
echo "$browser_line"

heading "Summary"
# The time per tier (wall clock; on a shared machine it depends on what else runs: see uptime).
echo "$unit_line"
echo "$browser_line"
echo "all tiers: $((SECONDS - all_start)) s; load average at the end:$(uptime | sed 's/.*load average://')"
# Failed = failed tests, plus test files that failed to load (no test ran), plus 1 for a tier that
# failed without reporting any failure (e.g. the build in the browser globalSetup), so a failing run
# never reads "0 failed".
node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  for (const arg of process.argv.slice(1)) {
    const [file, status] = arg.split("=");
    let tierFailed = 0;
    if (fs.existsSync(file)) {
      const report = JSON.parse(fs.readFileSync(file, "utf8"));
      passed += report.numPassedTests;
      tierFailed += report.numFailedTests;
      tierFailed += report.testResults.filter(
        (t) => t.status === "failed" && !t.assertionResults.some((a) => a.status === "failed"),
      ).length;
    }
    if (status !== "0" && tierFailed === 0) tierFailed = 1;
    failed += tierFailed;
  }
  console.log(`${passed} passed, ${failed} failed`);
' "$OUT/unit-component.json=$unit_status" "$OUT/browser.json=$browser_status"

if [ ${#failed_tiers[@]} -gt 0 ]; then
  echo "Failed tiers: ${failed_tiers[*]}" >&2
  exit 1
fi
