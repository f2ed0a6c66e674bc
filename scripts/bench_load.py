"""Load for the benchmark: requests one at a time, wrk over a list of paths, and the tables.

Nothing here knows Django: it talks HTTP to 127.0.0.1 and formats what it measured.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager

HOST = "127.0.0.1"
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def get(port: int, path: str, host: str, connection=None) -> tuple[int, dict, bytes]:
    connection = connection or http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", path, headers={"Host": host})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def latency(port: int, path: str, host: str, requests: int, limit: float = 15):
    """Median and 99th percentile in ms of ``requests`` requests one after another, warm (or
    of those made in ``limit`` seconds, at least five, when the page is slow)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        for _ in range(3):
            get(port, path, host, connection)
    except OSError as error:
        raise SystemExit(f"{path} on port {port}: {error}") from error
    times = []
    stop = time.monotonic() + limit
    while len(times) < requests and (len(times) < 5 or time.monotonic() < stop):
        start = time.perf_counter()
        status, _, _ = get(port, path, host, connection)
        times.append((time.perf_counter() - start) * 1000)
        if status >= 500:
            raise SystemExit(f"{path} answered {status}")
    return statistics.median(times), percentile(times, 99)


def percentile(values: list[float], rank: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(len(ordered) * rank / 100) - 1))]


def milliseconds(text: str) -> float:
    """wrk's durations ("850.00us", "12.3ms", "1.2s", "1.5m") in milliseconds."""
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match[1]) * UNITS[match[2]]


def parse_wrk(output: str) -> dict:
    """Requests/s, p50 and p99 (ms) and failed requests (non-2xx/3xx, socket errors) of a
    ``wrk --latency`` run."""
    result = {"rate": 0.0, "p50": None, "p99": None, "errors": 0}
    for line in output.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            result["rate"] = float(words[1])
        elif len(words) == 2 and words[0] in ("50%", "99%"):
            result["p" + words[0][:2]] = milliseconds(words[1])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            result["errors"] += int(words[-1])
        elif line.strip().startswith("Socket errors:"):
            result["errors"] += sum(int(n) for n in re.findall(r"\d+", line))
    return result


def lua_script(paths: list[str]) -> str:
    """A wrk script that sends each connection's requests round the ``paths`` in turn."""
    listed = ", ".join(json.dumps(path) for path in paths)
    return (
        f"local paths = {{{listed}}}\n"
        "local counter = 0\n"
        "request = function()\n"
        "  counter = counter + 1\n"
        '  return wrk.format("GET", paths[counter % #paths + 1])\n'
        "end\n"
    )


@contextmanager
def wrk(port: int, paths: list[str], host: str, seconds: float, connections: int):
    """wrk started over ``paths``; yields a function that waits for it and returns its
    figures, so the caller can act (publish, poll) while it runs."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(lua_script(paths))
        script.flush()
        # The lowest priority: the visitors' load, not the site's own work (bench.py).
        args = ["nice", "-n", "19", "wrk", "-t2", f"-c{connections}"]
        args += [f"-d{max(1, round(seconds))}s"]
        args += ["--latency", "--timeout", "30s", "-s", script.name, "-H", f"Host: {host}"]
        args += ["-H", "Accept-Encoding: gzip"]  # as every browser asks
        process = subprocess.Popen(
            [*args, f"http://{HOST}:{port}/"], stdout=subprocess.PIPE, text=True
        )
        try:
            yield lambda: parse_wrk(process.communicate(timeout=seconds + 60)[0])
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def load(port: int, paths: list[str], host: str, seconds: float, connections: int) -> dict:
    with wrk(port, paths, host, seconds, connections) as result:
        figures = result()
    drain(port, host)
    return figures


def drain(port: int, host: str) -> None:
    """Wait for the requests wrk left queued (slow pages pile up behind the app's workers),
    so that they are not counted against what is measured next."""
    connection = http.client.HTTPConnection(HOST, port, timeout=300)
    get(port, "/robots.txt", host, connection)


def wait_until_shown(port: int, path: str, host: str, text: bytes, since: float, limit: float):
    """Seconds from ``since`` until ``path`` shows ``text``, or None after ``limit`` seconds."""
    while time.monotonic() - since < limit:
        try:
            if text in get(port, path, host)[2]:
                return time.monotonic() - since
        except OSError:
            pass
        time.sleep(0.02)
    return None


def verdict(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "NOT MET")


def figure(value, digits: int = 0, suffix: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}{suffix}"


def table(header: list[str], rows: list[list[str]]) -> str:
    """Columns as wide as their widest cell: the first to the left, the others to the right."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [str(row[0]).ljust(widths[0])]
        cells += [str(cell).rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def static_path(port: int, host: str) -> str:
    html = get(port, "/", host)[2].decode()
    found = re.search(r'"(/static/css/site[^"]*\.css)"', html)
    return found[1] if found else "/static/css/site.css"


def alternately(
    port: int, path: str, reference: str, host: str, seconds: float, connections: int, rounds: int
) -> tuple[float, float]:
    """Requests/s for ``path``, and their share of ``reference``'s, the two loaded in turn
    (reference, path, reference, path...): two runs of a few seconds of the same answer differ
    by a tenth or more here, and the machine's load drifts."""
    paths, references = [], []
    for _ in range(rounds):
        references.append(load(port, [reference], host, seconds, connections)["rate"])
        paths.append(load(port, [path], host, seconds, connections)["rate"])
    return sum(paths) / rounds, sum(paths) / sum(references)
