#!/usr/bin/env bash
# `make bench-render`: renders the seed briefing in en, tl and ko in a release build and prints
# the cost of a render beside the ICU calls it makes (replayed directly), at 1×, 10×, 100× size.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-release --product bench-render >&2
.build-release/release/bench-render seeds/edscg-5.briefing.yaml
