#!/usr/bin/env bash
# Every fast-check property and fuzzer with one random seed (CI always uses the fixed seed in
# tests/seed.ts). Prints the seed first, so a failure can be replayed: FC_SEED=<seed> npm run test:random
# With --fuzz-only, runs just the fuzzers (runner, link and UI): npm run fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."

seed="${FC_SEED:-$(node -e 'console.log(require("node:crypto").randomInt(2 ** 31))')}"
if [ "$seed" = "random" ]; then seed="$(node -e 'console.log(require("node:crypto").randomInt(2 ** 31))')"; fi
export FC_SEED="$seed"
echo "fast-check seed: FC_SEED=$FC_SEED"

unit=(tests/unit tests/validation tests/component)
browser=(tests/browser/fuzz-url.test.ts tests/browser/fuzz-ui.test.ts)
if [ "${1:-}" = "--fuzz-only" ]; then
  unit=(tests/unit/cli/fuzz.test.ts tests/unit/cli/parity.test.ts tests/unit/state/url.test.ts)
fi

status=0
npx vitest run "${unit[@]}" || status=1
bash scripts/ensure-chromium.sh && npx vitest run --config vitest.browser.config.ts "${browser[@]}" || status=1
echo "fast-check seed was FC_SEED=$FC_SEED"
exit $status
