"""What the benchmarks share: a database of their own, production settings from the environment, gunicorn servers
on free loopback ports, and the CPU time those servers spend."""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_environment(folder: Path, database_url: str, redis_url: str = "") -> dict:
    """colearn.settings.production, configured only through the variables base.py declares (no settings edited):
    plain HTTP on loopback, so no HTTPS redirect and no HSTS; DEBUG is off there already."""
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="colearn.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env: dict, *args: str, timeout: float = 1800) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout


def run_python(env: dict, module: str, *args: str, timeout: float = 1800) -> str:
    done = subprocess.run(
        [PYTHON, "-m", module, *args], cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.fail(f"{module} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout


@contextlib.contextmanager
def own_database(kind: str, folder: Path):
    """A fresh database for one benchmark: a SQLite file in `folder`, or, when DATABASE_URL names PostgreSQL, a new
    database `<name>_<kind>` on that server, dropped afterwards (BENCH_KEEP_DB=1 keeps it, to look at it)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{folder / f'{kind}.sqlite3'}"
        return
    import psycopg

    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'colearn'}_{kind}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        if os.environ.get("BENCH_KEEP_DB") != "1":
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_available(url: str) -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:
        return False


def redis_empty(url: str) -> None:
    """Empty the one Redis db a benchmark was given (its own number), so no page cached by an earlier run is served."""
    import redis

    redis.Redis.from_url(url).flushdb()


class Server:
    """gunicorn serving `app` on a free loopback port; its processes' CPU time can be read at any moment."""

    def __init__(self, app: str, env: dict, log_path: Path, *gunicorn_args: str, workers: int = 2):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        with log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    GUNICORN,
                    app,
                    f"--bind=127.0.0.1:{self.port}",
                    f"--workers={workers}",
                    "--timeout=60",
                    "--graceful-timeout=5",
                    "--backlog=2048",
                    *gunicorn_args,
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait_until_up(self, path: str = "/", seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                if requests.get(self.url + path, timeout=10).status_code == 200:
                    return
            except requests.RequestException:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"{self.url} did not start:\n{self.log_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)

    def cpu_seconds(self) -> float:
        """User + system time of the master and its workers, from /proc (fields 14 and 15 of stat)."""
        total = 0
        for pid in [self.process.pid, *self._children()]:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
        return total / CLOCK_TICKS

    def _children(self) -> list[int]:
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, IndexError):
                if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    children.append(int(stat.parent.name))
        return children

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
