# nn — the two commands of the README, and the steps they are made of.
#   make lecture   run the main lecture notebook (installs what it needs, builds release)
#   make test      run every test: unit tests, golden scripts, notebooks, examples and docs
SWIFT    ?= swift
NN       := .build/release/nn
LECTURE  ?= notebooks/05_week6_ann.nn
# `nn check DIR` takes the .nn files under DIR; Markdown notebooks are named one by one.
CHECKED  := notebooks examples Tests/golden README.md $(wildcard docs/*.md)

.PHONY: lecture test deps build release unit check modules-doc bench clean

deps:
	@scripts/bootstrap

release: deps
	$(SWIFT) build -c release

lecture: release
	$(NN) $(LECTURE)

# Serial: several suites seed and read the one process-wide random generator (as nn scripts
# do), so running them concurrently would interleave their draws.
unit: deps
	$(SWIFT) test --no-parallel

# docs/modules.md is generated from the live modules; a page that differs from what the
# generator prints now is stale and fails the check (regenerate it with `make modules-doc`).
check: release
	$(NN) check $(CHECKED)
	@NN=$(NN) scripts/gen-modules-doc | diff -u docs/modules.md - \
	  || { echo "docs/modules.md is stale: run make modules-doc" >&2; exit 1; }

modules-doc: release
	NN=$(NN) scripts/gen-modules-doc > docs/modules.md

test: unit check

bench: deps
	bench/run

clean:
	rm -rf .build
