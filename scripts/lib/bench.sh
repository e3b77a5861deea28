# Shared set-up for the benchmark scripts (bench-detect, bench-langid, bench-mixing, bench-lint):
# sourced, not run. After `source scripts/lib/bench.sh`:
#   root    the checkout's top folder (the working directory is changed to it)
#   shared  ../shared beside the checkout, or beside the main checkout from a worktree (SHARED=DIR
#           for another place); the real text is read there in place, never copied
#   bench_lingua   sets `venv` (.venv-bench) and installs lingua-language-detector 2.1.1 there
#                  from PyPI if it is missing (the anchor every benchmark runs in the same run)
root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
cd "$root"
shared="${SHARED:-$root/../shared}"
[ -d "$shared" ] || shared="$(cd "$(git rev-parse --git-common-dir)/../.." && pwd)/shared"

# Usage: bench_lingua NAME (NAME is the benchmark, for the message).
bench_lingua() {
  venv="$root/.venv-bench"
  if ! "$venv/bin/python" -c 'import lingua' 2>/dev/null; then
    echo "$1: setting up $venv with lingua-language-detector==2.1.1"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet lingua-language-detector==2.1.1
  fi
}
