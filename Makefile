# Lede's interface: make run, make test, make kernel, make bench, make jupyter.
SHELL := /bin/bash
MVN ?= mvn -B -q -ntp
PYTHON := $(shell scripts/python.sh)
export LEDE_PYTHON := $(PYTHON)

.PHONY: run test build kernel bench jupyter deps clean

## build: compile and package both modules (no tests; nothing is installed into ~/.m2)
build:
	$(MVN) package -DskipTests

## kernel: build the self-contained kernel and install the kernelspec `lede` (--user; honours JUPYTER_DATA_DIR)
kernel: deps build
	scripts/install-kernel.sh

## run: build, install the kernel, rerun every notebook into target/notebooks and report
run: kernel
	scripts/run-notebooks.sh

## test: everything CI checks (unit tests, kernel integration tests, notebook reruns, benchmark smoke run)
test: deps-test
	$(MVN) verify
	scripts/test-notebooks.sh
	scripts/bench.sh --smoke

## bench: the benchmark against scikit-learn and ipykernel (not part of test; installs the kernel to time its start)
bench: kernel
	scripts/ensure-deps.sh bench
	scripts/bench.sh

## jupyter: open Jupyter with the lede kernel available
jupyter: kernel
	$(PYTHON) -m notebook --notebook-dir=notebooks || $(PYTHON) -m jupyterlab --notebook-dir=notebooks

deps:
	scripts/ensure-deps.sh run

deps-test:
	scripts/ensure-deps.sh test

clean:
	$(MVN) clean
