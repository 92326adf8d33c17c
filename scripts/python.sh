#!/usr/bin/env bash
# Prints the Python interpreter Lede's tools use: $LEDE_PYTHON if set, else Debian's
# /usr/bin/python3 (where apt installs Jupyter), else the first python3 on PATH.
if [ -n "${LEDE_PYTHON:-}" ]; then echo "$LEDE_PYTHON"
elif [ -x /usr/bin/python3 ]; then echo /usr/bin/python3
else command -v python3
fi
