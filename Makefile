# Salin: two commands on a fresh Debian machine with Swift.
#   make demo   install what is missing, build, show Salin's main jobs on the seed
#   make test   install what is missing, then swift test
SHELL := /bin/bash
DEBIAN_PACKAGES := libicu-dev pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev \
  libxml2-utils gettext
SWIFT ?= swift
SALIN = .build/debug/salin

.PHONY: demo test deps build fixtures-messages bench-messages bench-langid bench-mixing bench-render bench-lint bench-detect bench-lsp browser-check preview-check lsp-check ci-check fuzz train clean interop-check-po \
  interop-check bench-interchange

deps:
	@scripts/install-debian-packages.sh $(DEBIAN_PACKAGES)

build: deps
	$(SWIFT) build --product salin

test: deps
	$(SWIFT) test

demo: build
	@scripts/demo.sh $(SALIN)

clean:
	rm -rf .build out

# ICU 72's results for the ported message test cases (Tests/Fixtures/Messages), from a small
# C++ program against the system libicu; run after adding cases to cases.tsv.
fixtures-messages: deps
	@scripts/fixtures-messages.sh

# Benchmarks: not tests. Each builds in release mode and runs its anchor in the same run.
bench-messages: deps
	@scripts/bench-messages.sh

bench-langid: deps
	@scripts/bench-langid.sh

# Lint accuracy on real text (scripts/build-langid-dev.sh text, Benchmarks/Mixing/labels) against lingua, one table.
bench-mixing: build
	@scripts/bench-mixing.sh

bench-render: deps
	@scripts/bench-render.sh

bench-lint: deps
	@scripts/bench-lint.sh

bench-interchange: deps
	@scripts/bench-interchange.sh

# Real tools on Salin's exports and Salin on theirs (translate-toolkit in .venv-interop, xmllint,
# msgfmt); see docs/interchange.md.
interop-check: deps
	@scripts/interop-check.sh

# salin detect - --format json against lingua, end to end on 100k lines of real text (../shared).
bench-detect: deps
	@scripts/bench-detect.sh

bench-lsp: deps
	@scripts/bench-lsp.sh

browser-check: build
	@scripts/browser-check.sh

# salin preview in headless Chromium (Debian's chromium + chromedriver, Selenium from PyPI).
preview-check: build
	@scripts/preview-check.sh

# Checks with third-party tools from PyPI (not in `make test`: they need the network).
lsp-check: build
	@scripts/lsp-check.sh

ci-check: build
	@scripts/ci-check.sh

# Retrains locales/langid.salinlm from ../shared/data/langid/train, wordfreq 3.1.1 (PyPI, into
# .venv-train) and Debian's SCOWL word lists (see README, "Training").
train: build
	@scripts/train-langid.sh

# pofilter (translate-toolkit, from PyPI) and Salin's PO checks on the same files, per check, and
# the speed ratio. Files: ../shared/data/po/*.po, or PO=path/to/file.po.
interop-check-po: deps
	@scripts/interop-check-po.sh $(PO)

# Fuzzing: not part of test. Builds the libFuzzer driver with ASan into .build-fuzz and runs each
# target from Fuzz/corpus for FUZZ_SECONDS (default 120) seconds; see docs/fuzzing.md.
fuzz: deps
	@scripts/fuzz.sh
