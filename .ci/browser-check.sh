#!/usr/bin/env bash
# Serve the shipped samples and check the web pages in headless Chromium; screenshots under target/browser/.
set -euo pipefail
cd "$(dirname "$0")/.."
shots=target/browser
mkdir -p "$shots"
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
npm install --prefix "$work/pw" --no-save --silent --no-audit --no-fund playwright-core@1.65.1 >/dev/null
./budgetkg load samples/* --db "$work/db" > "$work/load.log" 2>&1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
./budgetkg serve --db "$work/db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$port/\$/ping" && break; sleep 1; done
PW_DIR="$work/pw" node .ci/browser-check.cjs "http://localhost:$port" "$shots"
