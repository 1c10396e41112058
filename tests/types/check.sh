#!/usr/bin/env bash
# Type-checks js/live-scheme-selector.d.ts from a consumer's side: tests/types/usage.ts(x) must
# compile, and tests/types/wrong-id.ts must not, with one error naming each wrong id.
set -euo pipefail
cd "$(dirname "$0")/../.."
tsc=node_modules/.bin/tsc
[ -x "$tsc" ] || { echo "types: $tsc is missing: run npm ci" >&2; exit 1; }

if out=$("$tsc" --noEmit -p tests/types/tsconfig.json 2>&1); then
  echo "ok: tests/types/usage.ts and usage.tsx compile against js/live-scheme-selector.d.ts"
else
  echo "FAIL: tests/types/usage.ts(x) do not compile:"
  echo "$out"
  exit 1
fi

if out=$("$tsc" --noEmit -p tests/types/tsconfig.wrong-id.json 2>&1); then
  echo "FAIL: tests/types/wrong-id.ts compiled, but its wrong ids must be type errors"
  exit 1
fi
status=0
expected=$(grep -c '// wrong id$' tests/types/wrong-id.ts)
errors=$(grep -c 'error TS' <<<"$out" || true)
for id in $(grep '// wrong id$' tests/types/wrong-id.ts | grep -oE '"[a-z-]+" *}' | grep -oE '[a-z-]+'); do
  if line=$(grep -F "\"$id\"" <<<"$out"); then
    echo "ok: wrong-id.ts fails as it must: ${line#tests/types/}"
  else
    echo "FAIL: no error names the wrong id \"$id\""
    status=1
  fi
done
if [ "$errors" -ne "$expected" ]; then
  echo "FAIL: wrong-id.ts gave $errors errors, expected $expected (one per wrong id):"
  echo "$out"
  status=1
fi
exit $status
