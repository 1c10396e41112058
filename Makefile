# The two commands that matter: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench screenshots

serve:
	scripts/setup.sh build
	trunk serve --release

test:
	scripts/setup.sh test
	scripts/test.sh

build:
	scripts/setup.sh build
	trunk build --release

bench:
	scripts/setup.sh test
	scripts/bench.sh

screenshots: build
	node scripts/screenshots.mjs
