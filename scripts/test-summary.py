#!/usr/bin/env python3
"""Prints one closing line for `make test`: the JUnit results of every module (Surefire and
Failsafe reports) as 'tests: N passed, N failed, N skipped'. Exits 1 when none ran or any failed."""
import glob
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in sorted(glob.glob("*/target/surefire-reports/TEST-*.xml") + glob.glob("*/target/failsafe-reports/TEST-*.xml")):
    suite = ET.parse(path).getroot()
    tests, bad = int(suite.get("tests", 0)), int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skip = int(suite.get("skipped", 0))
    passed += tests - bad - skip
    failed += bad
    skipped += skip
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
