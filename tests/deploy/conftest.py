"""A VAR_DIR for the servers these tests start, with the static files collected once."""

import subprocess
import sys

import pytest

from tests.deploy.servers import ROOT


@pytest.fixture(scope="session")
def server_var_dir(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("served")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        env={"VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "config.settings", "PATH": ""},
        cwd=ROOT,
        check=True,
    )
    return var_dir
