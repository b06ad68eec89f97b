# Sourced by the scripts: puts the installed tools on PATH (cargo's bin, npm's wasm-opt).
CROSSCHECK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CROSSCHECK_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
