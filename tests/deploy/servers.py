"""App servers and Varnish started on loopback for the deployment tests, on the test database."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
VCL = ROOT / "deploy" / "varnish" / "stillpoint.vcl"
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def database_url(var_dir: Path) -> str:
    """An address other processes can open for the test database's committed rows: the
    PostgreSQL test database itself, or a file copy of SQLite's in-memory one."""
    if connection.vendor == "postgresql":
        params = connection.settings_dict
        return (
            f"postgres://{params['USER']}@{params['HOST'] or '127.0.0.1'}:"
            f"{params['PORT'] or 5432}/{params['NAME']}"
        )
    copy = var_dir / "db.sqlite3"
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(copy)) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


def server_env(var_dir: Path, database: str, **extra) -> dict:
    """What a production-like process of the site needs: its own settings, not the tests'."""
    env = {
        **{name: value for name, value in os.environ.items() if name != "FRONTEND_CACHE_URL"},
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "VAR_DIR": str(var_dir),
        "DATABASE_URL": database,
        "PAGE_CACHE_SECONDS": "600",
        "CACHE_KEY_PREFIX": settings.CACHES["default"].get("KEY_PREFIX", "stillpoint"),
        "DB_CONN_MAX_AGE": "0",
        **extra,
    }
    return env


def wait_for(port: int, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} ended with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port}")


@contextlib.contextmanager
def running(args: list[str], port: int, env: dict | None = None, own_session: bool = False):
    """``args`` running until the block ends, answering on ``port``. ``own_session``: in a
    session of its own, which Linux schedules as a group beside the others (autogroup), as a
    process on another machine would not take this one's CPU."""
    # What it prints goes to a file beside it, for a failing test's report.
    log = Path(tempfile.mkstemp(prefix="stillpoint-server-", suffix=".log")[1])
    process = subprocess.Popen(
        args,
        env=env,
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=own_session,
    )
    process.log = log  # type: ignore[attr-defined]
    try:
        wait_for(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        sys.stderr.write(log.read_text()[-4000:])
        log.unlink()


def gunicorn(port: int, env: dict, workers: int = 1):
    return running(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ],
        port,
        env,
    )


@contextlib.contextmanager
def varnish(port: int, backend_port: int):
    """varnishd in the foreground, with the repository's VCL pointed at ``backend_port``.

    Started by root, it hands its child to the unprivileged varnish user, which must be able
    to open its working directory: a directory of its own, not the test's private one. It runs
    in a session of its own: a cache tier has its own machines, and on this one its threads,
    each as busy as the app's processes under load, would otherwise outnumber them for the CPU.
    """
    work = Path(tempfile.mkdtemp(prefix="stillpoint-varnish-"))
    try:
        work.chmod(0o755)
        vcl = work / "stillpoint.vcl"
        vcl.write_text(VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"'))
        vcl.chmod(0o644)
        jail = ["-j", "unix,user=varnish"] if os.geteuid() == 0 else ["-j", "none"]
        args = [shutil.which("varnishd") or "/usr/sbin/varnishd", "-F", *jail]
        args += ["-n", str(work / "instance"), "-a", f"127.0.0.1:{port}", "-f", str(vcl)]
        args += ["-s", "malloc,32m"]
        with running(args, port, own_session=True):
            yield
    finally:
        shutil.rmtree(work, ignore_errors=True)


def get(port: int, path: str, **headers) -> tuple[int, dict, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def manage(env: dict, code: str) -> None:
    """Run ``code`` in ``manage.py shell`` as another process of the site would."""
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
