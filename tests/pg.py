"""A throwaway PostgreSQL 15 cluster for the sync tests: initdb + pg_ctl as the `postgres` user (the
server refuses to run as root) in a temporary directory, on a free loopback port; removed after."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN_DIRS = [Path("/usr/lib/postgresql/15/bin"), *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]


def pg_bin(name: str) -> str | None:
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="logins-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0  # as root, run the server binaries as postgres
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
            os.chmod(self.dir, 0o700)

    def _run(self, *args: str) -> None:
        command = list(args)
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> Cluster:
        self._run(pg_bin("initdb"), "-D", str(self.data), "-U", "logins", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-o", self._options, "-l", str(self.dir / "log"), "-w", "start")
        return self

    @property
    def _options(self) -> str:
        return f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=on"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://logins@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"postgresql://logins@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def restart(self) -> None:
        # -l again: without it the server would keep our output pipe open and we would wait forever.
        self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-o", self._options, "-l", str(self.dir / "log"),
                  "-m", "fast", "-w", "restart")

    def stop(self) -> None:
        try:
            self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
