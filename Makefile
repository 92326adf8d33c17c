# Lede's interface: make run, make test, make kernel, make bench, make jupyter.
SHELL := /bin/bash
MVN ?= mvn -B -q -ntp
PYTHON := $(shell scripts/python.sh)
export LEDE_PYTHON := $(PYTHON)

.PHONY: run test build kernel bench jupyter check-laptop deps clean

## build: compile and package both modules (no tests; nothing is installed into ~/.m2)
build:
	$(MVN) package -DskipTests

## kernel: build the self-contained kernel and install the kernelspec `lede` (--user; honours JUPYTER_DATA_DIR)
kernel: deps build
	scripts/install-kernel.sh

## run: build, install the kernel, rerun every notebook into target/notebooks (.ipynb + self-contained .html)
##      and report per notebook whether it matches the committed one; LEDE_CORPUS=... runs them on your corpus
run: kernel
	scripts/run-notebooks.sh

## test: everything CI checks (unit tests, kernel integration tests, notebook reruns, benchmark smoke run)
test: deps-test
	$(MVN) verify
	scripts/test-notebooks.sh
	scripts/bench.sh --smoke
	@$(PYTHON) scripts/test-summary.py

## bench: the benchmark against scikit-learn and ipykernel (not part of test; installs the kernel to time its start)
bench: kernel
	scripts/ensure-deps.sh bench
	scripts/bench.sh

## jupyter: open Jupyter (Lab if installed, else Notebook) in notebooks/ with the lede kernel available
##          (JUPYTER_ARGS="--port=9999 --no-browser" passes options on; as root it adds --allow-root)
JUPYTER_ARGS ?=
JUPYTER_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
jupyter: kernel
	@if $(PYTHON) -c 'import jupyterlab' 2>/dev/null; then exec $(PYTHON) -m jupyterlab --notebook-dir=notebooks $(JUPYTER_ROOT) $(JUPYTER_ARGS); \
	elif $(PYTHON) -c 'import notebook' 2>/dev/null; then exec $(PYTHON) -m notebook --notebook-dir=notebooks $(JUPYTER_ROOT) $(JUPYTER_ARGS); \
	else echo "make jupyter: neither JupyterLab nor Notebook is installed for $(PYTHON);" \
	  "install one (Debian: sudo apt-get install python3-notebook) and retry" >&2; exit 1; fi

## check-laptop: for trainers; builds, installs the kernel and reruns the getting-started notebook
check-laptop: kernel
	scripts/run-notebooks.sh --check notebooks/00-getting-started.ipynb

deps:
	scripts/ensure-deps.sh run

deps-test:
	scripts/ensure-deps.sh test

clean:
	$(MVN) clean
