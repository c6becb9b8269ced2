"""Store fixtures: every store test runs on SQLite and on a real, throw-away PostgreSQL.

The PostgreSQL server is started here in a temporary directory (Debian's `postgresql`
package; as root it runs as the `postgres` user) and stopped after the session, or taken from
$RASID_TEST_POSTGRES (a libpq URL). Without either, the PostgreSQL cases skip and say why.
"""
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile

import pytest

from rasid.store import SqliteStore, open_store

_counter = itertools.count()


def _as_postgres_user(cmd):
    return (["runuser", "-u", "postgres", "--"] + cmd) if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server():
    url = os.environ.get("RASID_TEST_POSTGRES")
    if url:
        yield url
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL not installed (apt-get install postgresql), and $RASID_TEST_POSTGRES unset")
    bindir = os.path.dirname(found[-1])
    root = tempfile.mkdtemp(prefix="rasid-pg-")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = os.path.join(root, "data")
    subprocess.run(_as_postgres_user([f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "rasid",
                                      "-E", "UTF8", "--no-locale"]), check=True, capture_output=True)
    subprocess.run(_as_postgres_user([f"{bindir}/pg_ctl", "-D", data, "-w", "-l", f"{root}/log",
                                      "-o", f"-k {root} -p {port} -c listen_addresses=''", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://rasid@/postgres?host={root}&port={port}"
    finally:
        subprocess.run(_as_postgres_user([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request):
    if request.param == "sqlite":
        with SqliteStore(":memory:") as s:
            yield s
        return
    import psycopg
    server = request.getfixturevalue("postgres_server")
    name = f"rasid_test_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = server.replace("/postgres?", f"/{name}?") if "/postgres?" in server else f"{server.rsplit('/', 1)[0]}/{name}"
    with open_store(url) as s:
        yield s
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name}")
