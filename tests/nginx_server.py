"""Debian's nginx serving a built site with deploy/nginx.conf, on loopback.

Used by tests/deploy/test_nginx.py and by the benchmark (bench/lighthouse.py), so that pages are
measured as a real host sends them: gzipped, with the deployed headers. The server block
of deploy/nginx.conf (its root and listen lines replaced) is wrapped in a minimal main
configuration whose pid, logs and temporary files live in a given folder.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONF = ROOT / "deploy" / "nginx.conf"
NGINX = Path("/usr/sbin/nginx")
ROOT_LINE = "    root /var/www/plansite;\n"
LISTEN_LINES = "    listen 80;\n    listen [::]:80;\n"
MAIN_CONF = """daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/site.conf;
}}
"""


class NginxError(Exception):
    """nginx rejected the configuration or did not start; the message says why."""


def server_block(site: Path, port: int) -> str:
    text = CONF.read_text(encoding="utf-8")
    for line in (ROOT_LINE, LISTEN_LINES):
        if text.count(line) != 1:
            raise NginxError(f"deploy/nginx.conf: expected the line(s) {line!r} once")
    return text.replace(ROOT_LINE, f"    root {site};\n").replace(
        LISTEN_LINES, f"    listen 127.0.0.1:{port};\n"
    )


@contextmanager
def nginx(site: Path, tmp: Path, port: int) -> Iterator[str]:
    """Serve `site` on 127.0.0.1:`port` until the block ends; yields the base URL."""
    (tmp / "site.conf").write_text(server_block(site, port), encoding="utf-8")
    (tmp / "nginx.conf").write_text(MAIN_CONF.format(tmp=tmp), encoding="utf-8")
    command = [
        str(NGINX),
        "-p",
        str(tmp),
        "-e",
        str(tmp / "error.log"),
        "-c",
        str(tmp / "nginx.conf"),
    ]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    if checked.returncode != 0:
        raise NginxError(f"nginx -t rejects deploy/nginx.conf:\n{checked.stderr}")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (tmp / "error.log").read_text(errors="replace")
                    raise NginxError(f"nginx did not start on port {port}:\n{log}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
