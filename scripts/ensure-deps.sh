#!/usr/bin/env bash
# Makes sure the Python side of Lede's tools is present: Jupyter's client and nbconvert
# (to install and drive the kernel), and for tests and benchmarks scikit-learn, scipy,
# ipykernel and the kernel conformance suite. Debian's packages when root, else pip --user.
# Usage: scripts/ensure-deps.sh [test|bench|run|jupyter|stopwords]
set -euo pipefail
what="${1:-run}"
py="$(scripts/python.sh)"

modules=(jupyter_client nbconvert nbclient nbformat)
debs=(python3-jupyter-client python3-nbconvert python3-nbclient python3-nbformat python3-ipykernel)
pips=(jupyter_client nbconvert nbclient nbformat ipykernel)
case "$what" in
  test|bench)
    modules+=(sklearn scipy ipykernel jupyter_kernel_test)
    debs+=(python3-sklearn python3-scipy python3-jupyter-kernel-test)
    pips+=(scikit-learn scipy jupyter_kernel_test)
    ;;
esac
# make jupyter: the classic Notebook (JupyterLab is used instead when installed)
if [ "$what" = jupyter ]; then
  modules+=(notebook)
  debs+=(python3-notebook)
  pips+=(notebook)
fi
# The browser check of make test (scripts/browser-check.py): Jupyter Notebook to run the notebooks
# in, Selenium and Pillow to drive Chromium and read its screenshots; Chromium and its driver are
# Debian packages (checked below, with the benchmark's corpora).
if [ "$what" = test ]; then
  modules+=(notebook selenium PIL)
  debs+=(python3-notebook python3-selenium python3-pil)
  pips+=(notebook selenium pillow)
fi

# Debian-only packages: the benchmark's corpora (its smoke run is part of test), the King James
# Bible through the `bible` program (bible-kjv, text in bible-kjv-text) and the fortune cookies;
# for bench also R with tidytext and tm; for test also Chromium and chromedriver.
if [ "$what" = test ] || [ "$what" = bench ]; then
  system=()
  command -v bible >/dev/null 2>&1 || [ -x /usr/games/bible ] || system+=(bible-kjv bible-kjv-text)
  [ -f /usr/share/games/fortunes/fortunes ] || system+=(fortunes fortunes-min)
  # R's tidytext and tm, the R peers of make bench (scripts/bench_r.R); the smoke run uses them when present
  if [ "$what" = bench ] && ! Rscript --vanilla -e 'suppressPackageStartupMessages({library(tidytext); library(tm)})' >/dev/null 2>&1; then
    system+=(r-base-core r-cran-tidytext r-cran-tm)
  fi
  if [ "$what" = test ]; then
    command -v chromium >/dev/null 2>&1 || system+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || system+=(chromium-driver)
  fi
  if [ ${#system[@]} -gt 0 ]; then
    echo "lede: benchmark corpora, R peers or browser missing; installing Debian packages ${system[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && apt-get install -y -qq --no-install-recommends "${system[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${system[@]}" >/dev/null
    else
      echo "lede: install the Debian packages ${system[*]} (as root: apt-get install ${system[*]}) and retry" >&2
      exit 1
    fi
  fi
fi

# The stopword check's corpora (scripts/stopword-check.sh): fortune cookies and the Debian FAQ in
# each language Lede has a stopword list for, the Catalan New Maintainers' Guide.
if [ "$what" = stopwords ]; then
  corpora=(fortunes fortunes-de fortunes-es fortunes-it fortunes-ru fortunes-br fortunes-zh debian-faq debian-faq-fr
    debian-faq-de debian-faq-it debian-faq-ru debian-faq-pt debian-faq-nl debian-faq-zh-cn debian-faq-ja
    debian-faq-ko maint-guide-ca)
  absent=()
  for p in "${corpora[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || absent+=("$p")
  done
  if [ ${#absent[@]} -gt 0 ]; then
    echo "lede: installing the stopword check's corpora: ${absent[*]}" >&2
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends "${absent[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${absent[@]}" >/dev/null
    else
      echo "lede: install the Debian packages ${absent[*]} (as root: apt-get install ${absent[*]}) and retry" >&2
      exit 1
    fi
  fi
fi

missing=()
for m in "${modules[@]}"; do
  [ -n "$py" ] && "$py" -c "import $m" >/dev/null 2>&1 || missing+=("$m")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "lede: Python modules missing: ${missing[*]}; installing them" >&2
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && command -v apt-get >/dev/null 2>&1; then
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
else
  "$py" -m pip install --user "${pips[@]}"
fi

# A machine that had no Python before has Debian's /usr/bin/python3 now.
py="$(scripts/python.sh)"
for m in "${modules[@]}"; do
  "$py" -c "import $m" >/dev/null 2>&1 || { echo "lede: could not install Python module $m for $py; install it (Debian: apt-get install ${debs[*]}) and retry" >&2; exit 1; }
done
