#!/usr/bin/env bash
# The README's REST quick start against the real service: `npm start` in the background on a fresh
# database, wait for /health, run the README's three curl calls exactly as written (between the
# rest-quick-start markers), check their answers, stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v curl >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl >/dev/null
  else
    echo "smoke: curl is missing" >&2
    exit 1
  fi
fi

port=8787
base="http://127.0.0.1:$port"
work=$(mktemp -d)
log="$work/server.log"
export DATABASE_URL="$work/pctm.sqlite"

# Its own process group, so stopping it stops npm, the shell and node together. PCTM_SMOKE_START
# replaces `npm start` for a local run on an already built tree.
setsid ${PCTM_SMOKE_START:-npm start} >"$log" 2>&1 &
server_pid=$!
stop_server() {
  kill -TERM -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap 'stop_server; rm -rf "$work"' EXIT

deadline=$((SECONDS + 1200))
until curl -fsS "$base/health" >/dev/null 2>&1; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    cat "$log" >&2
    echo "smoke: the server exited before answering /health" >&2
    exit 1
  fi
  if [ "$SECONDS" -gt "$deadline" ]; then
    cat "$log" >&2
    echo "smoke: no answer from $base/health within 20 minutes" >&2
    exit 1
  fi
  sleep 2
done
sed -n '/^PCTM REST service/,$p' "$log" | grep -v '^Demo admin token' | head -5

TOKEN=$(sed -n 's/^Demo admin token: //p' "$log" | head -1)
if [ -z "$TOKEN" ]; then
  cat "$log" >&2
  echo "smoke: the server printed no 'Demo admin token:' line" >&2
  exit 1
fi
export TOKEN

# The README's curl calls, joined across trailing backslashes, comments dropped.
mapfile -t calls < <(
  sed -n '/<!-- rest-quick-start -->/,/<!-- \/rest-quick-start -->/p' README.md |
    sed -n '/^```sh$/,/^```$/p' | grep -v '^```' | grep -v '^export TOKEN' |
    sed -e 's/[[:space:]]*#.*$//' | awk '/\\$/ { sub(/\\$/, ""); line = line $0; next } { print line $0; line = "" }' |
    grep '^curl '
)
if [ "${#calls[@]}" -ne 3 ]; then
  echo "smoke: expected the README's three curl calls, found ${#calls[@]}" >&2
  exit 1
fi

# Verdicts before the figures are posted, with the README's third call.
before=$(bash -c "${calls[2]}")
targets=$(bash -c "${calls[0]}")
posted=$(bash -c "${calls[1]}")
after=$(bash -c "${calls[2]}")

node --input-type=module - "$targets" "$posted" "$before" "$after" <<'JS'
const [targets, posted, before, after] = process.argv.slice(2).map((text) => JSON.parse(text));
const fail = (message) => {
  console.error(`smoke: ${message}`);
  process.exit(1);
};
if (!Array.isArray(targets.items) || targets.items.length === 0) fail("call 1 listed no targets");
if (!targets.items.every((t) => t.planId === "qd-424-2017")) fail("call 1 listed a target of another plan");
if (posted.written !== true || posted.created + posted.updated < 1) fail(`call 2 wrote nothing: ${JSON.stringify(posted)}`);
const verdictOf = (answer, id) => answer.periods[0].evaluations.find((e) => e.targetId === id)?.verdict;
const changed = before.periods[0].evaluations
  .filter((e) => verdictOf(after, e.targetId) !== e.verdict)
  .map((e) => `${e.targetId}: ${e.verdict} → ${verdictOf(after, e.targetId)}`);
if (changed.length === 0) fail("call 3 shows no verdict that changed after the figures were posted");
console.log(`targets listed: ${targets.items.length} of ${targets.total}`);
console.log(`figures posted: ${posted.created} created, ${posted.updated} updated`);
console.log(`verdicts changed: ${changed.join("; ")}`);
JS
echo "REST smoke passed"
