# Lede's interface: make run, make test, make kernel, make bench, make jupyter.
SHELL := /bin/bash
# a recipe's pipeline fails when any command in it fails (the Maven output filter below)
.SHELLFLAGS := -o pipefail -c
MVN ?= mvn -B -q -ntp
PYTHON := $(shell scripts/python.sh)
export LEDE_PYTHON := $(PYTHON)
# Debian's Maven 3.8.7 writes the escape sequence ESC[0m to stdout and stderr even in batch mode
# with -q; the filter drops it, so make's output carries no escape noise
NOANSI := 2>&1 | sed -u 's/\x1b\[0m//g'

.PHONY: run test build kernel bench jupyter check-laptop deps clean

## build: compile and package both modules (no tests; nothing is installed into ~/.m2)
build:
	$(MVN) package -DskipTests $(NOANSI)

## kernel: build the self-contained kernel and install the kernelspec `lede` (--user; honours JUPYTER_DATA_DIR)
kernel: deps build
	@dest="$$(scripts/install-kernel.sh)" && echo "lede: kernel \"Java (Lede)\" (lede) installed in $$dest;" \
	  "$$(if command -v jupyter-kernelspec >/dev/null 2>&1; then echo 'jupyter kernelspec list'; else echo '$(PYTHON) -m jupyter_client.kernelspecapp list'; fi) lists it"

## run: build, install the kernel, rerun every notebook into target/notebooks (.ipynb + self-contained .html)
##      and report per notebook whether it matches the committed one; LEDE_CORPUS=... runs them on your corpus
run: kernel
	scripts/run-notebooks.sh

## test: everything CI checks (unit tests, kernel integration tests, notebook reruns, browser check, benchmark smoke run,
##       the Spark standalone-cluster check)
test: deps-test
	$(MVN) verify $(NOANSI)
	scripts/test-notebooks.sh
	scripts/bench.sh --smoke
	scripts/spark-cluster.sh
	@$(PYTHON) scripts/test-summary.py

## bench: the benchmark against scikit-learn and ipykernel, and Lede on Spark against Spark ML (not part of test;
##        installs the kernel to time its start)
bench: kernel
	scripts/ensure-deps.sh bench
	scripts/bench.sh
	scripts/spark-bench.sh

## jupyter: open Jupyter (Lab if installed, else Notebook) in notebooks/ with the lede kernel available
##          (JUPYTER_ARGS="--port=9999 --no-browser" passes options on; as root it adds --allow-root;
##          a relative LEDE_CORPUS is taken from where make runs, not from notebooks/)
JUPYTER_ARGS ?=
JUPYTER_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
jupyter: kernel
	@$(PYTHON) -c 'import jupyterlab' 2>/dev/null || scripts/ensure-deps.sh jupyter
	@if [ -n "$${LEDE_CORPUS:-}" ]; then \
	  case "$$LEDE_CORPUS" in /*) ;; *) export LEDE_CORPUS="$(CURDIR)/$$LEDE_CORPUS" ;; esac; \
	  [ -e "$$LEDE_CORPUS" ] || { echo "make jupyter: LEDE_CORPUS=$$LEDE_CORPUS: no such file or folder" >&2; exit 1; }; \
	  echo "make jupyter: the notebooks load LEDE_CORPUS=$$LEDE_CORPUS"; fi; \
	if $(PYTHON) -c 'import jupyterlab' 2>/dev/null; then exec $(PYTHON) -m jupyterlab --notebook-dir=notebooks $(JUPYTER_ROOT) $(JUPYTER_ARGS); \
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
