# nn — the two commands of the README, and the steps they are made of.
#   make lecture   run the main lecture notebook (installs what it needs, builds release)
#   make test      run every test: unit tests, golden scripts, notebooks and examples
SWIFT    ?= swift
NN       := .build/release/nn
LECTURE  ?= notebooks/05_week6_ann.nn
CHECKED  := notebooks examples Tests/golden

.PHONY: lecture test deps build release unit check bench clean

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

check: release
	$(NN) check $(CHECKED)

test: unit check

bench: deps
	bench/run

clean:
	rm -rf .build
