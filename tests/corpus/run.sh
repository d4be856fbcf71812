#!/usr/bin/env bash
# Corpus test: import every rule of ../shared/sigma/rules into a temporary content folder, build the site from it
# (CONTENT_DIR), and check the export: one page per rule, no build error, every rule page linking to its original.
# Usage: bash tests/corpus/run.sh            (SIGMA_RULES=<dir> to use another rules folder)
# Builds in place like `npm run build`: out/ holds the corpus export afterwards. Skips when the rules are absent.
set -euo pipefail
cd "$(dirname "$0")/../.."

rules="${SIGMA_RULES:-../shared/sigma/rules}"
if [ ! -d "$rules" ]; then
  echo "corpus: $rules not found; skipped"
  exit 0
fi
# next build refuses to run next to another one in the same folder: wait for it (up to 15 minutes).
wait_for_other_builds() {
  local waited=0
  while pgrep -f "next build" >/dev/null; do
    if [ "$waited" -ge 900 ]; then
      echo "corpus: another 'next build' is still running after 15 minutes" >&2
      exit 1
    fi
    [ "$waited" -eq 0 ] && echo "corpus: waiting for another 'next build' to finish"
    sleep 10
    waited=$((waited + 10))
  done
}

work="$(mktemp -d "${TMPDIR:-/tmp}/socfeed-corpus-XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "corpus: importing $rules"
npm run --silent import -- "$rules" --out "$work/rules" | tee "$work/import.log"

wait_for_other_builds
echo "corpus: CONTENT_DIR=$work/rules npm run build"
started=$(date +%s)
if ! CONTENT_DIR="$work/rules" npm run --silent build >"$work/build.log" 2>&1; then
  tail -n 60 "$work/build.log"
  echo "corpus: the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "corpus: build took $(($(date +%s) - started)) s"

# Every generated query passed the language-service check (the build's check-kql pass prints the figures).
kql_line="$(grep -m1 '^kql: ' "$work/build.log" || true)"
echo "corpus: ${kql_line:-no kql line in the build log}"
if ! [[ "$kql_line" =~ ,\ 0\ failed ]]; then
  grep 'fails the KQL check' "$work/build.log" | head -n 20
  echo "corpus: queries failed the KQL check"
  echo "0 passed, 1 failed"
  exit 1
fi

# Dead links: every internal link and anchor resolves, every original link matches its source path.
npx tsx scripts/check-links.ts out --content-dir "$work/rules"

npx tsx tests/corpus/check-export.ts "$work/rules" out
