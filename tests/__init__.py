import pytest

# the table tests of tests/titles/ and tests/dates/ are made there: their asserts say what differed
pytest.register_assert_rewrite("tests.blind_reading")
