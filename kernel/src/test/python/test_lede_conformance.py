"""Debian's jupyter_kernel_test conformance suite, configured for the Java kernel `lede`.
Run by ConformanceIT: python3 -m unittest -v test_lede_conformance (JUPYTER_DATA_DIR set)."""
import unittest

import jupyter_kernel_test as jkt


class LedeKernelTests(jkt.KernelTests):
    kernel_name = "lede"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'

    completion_samples = [
        {"text": "String greeting = \"hi\"; greeting.toUpperCas", "matches": {"toUpperCase("}},
    ]
    complete_code_samples = ["1 + 1;", "int x = 1;", "void f() { }", "class A { }"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void g() {", "int y = (1 +"]
    invalid_code_samples = ["int x = ;)"]

    code_generate_error = "throw new IllegalStateException(\"boom\");"

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"Lede\".length()", "result": "4"},
        {"code": "java.util.List.of(1, 2)", "result": "[1, 2]"},
    ]
    code_display_data = [
        {"code": "display(\"shown\");", "mime": "text/plain"},
        {"code": "display(Table.create(\"t\", IntColumn.create(\"n\", 1)));", "mime": "text/html"},
    ]

    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Math.max"


if __name__ == "__main__":
    unittest.main()
