"""The benchmark reads wrk's report right: a misread unit or a missed error line would print
figures a hundred times off, or hide failed requests behind a good throughput."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "bench_load.py"
spec = importlib.util.spec_from_file_location("bench_load", SCRIPT)
bench_load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_load)

REPORT = """Running 30s test @ http://127.0.0.1:8201/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    23.10ms   41.52ms   1.20s    95.12%
    Req/Sec   812.33    120.02     1.01k    71.00%
  Latency Distribution
     50%  850.00us
     75%   12.40ms
     90%   40.00ms
     99%    1.20s
  48740 requests in 30.02s, 1.12GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 7
Requests/sec:   1623.56
Transfer/sec:     38.20MB
"""


def test_a_wrk_report_gives_rate_percentiles_in_ms_and_failures():
    assert bench_load.parse_wrk(REPORT) == {
        "rate": 1623.56,
        "p50": 0.85,
        "p99": 1200.0,
        "errors": 10,
    }


def test_a_clean_report_counts_no_failures():
    clean = "\n".join(
        line for line in REPORT.splitlines() if "errors" not in line and "Non-2xx" not in line
    )
    assert bench_load.parse_wrk(clean)["errors"] == 0


@pytest.mark.parametrize("text", ["12", "3 ms", "ms", "1.5h"])
def test_an_unknown_duration_is_refused(text):
    with pytest.raises(ValueError):
        bench_load.milliseconds(text)


def test_the_lua_script_cycles_through_every_path():
    script = bench_load.lua_script(["/", "/blog/", '/search/?q="calm"'])
    assert 'local paths = {"/", "/blog/", "/search/?q=\\"calm\\""}' in script
    assert "paths[counter % #paths + 1]" in script
