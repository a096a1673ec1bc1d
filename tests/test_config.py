"""Local and private by default: the Streamlit configuration and the files it serves."""

from __future__ import annotations

import base64
import http.client
import os
import re
import subprocess
import tomllib
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "section, option, expected",
    [
        ("server", "address", "127.0.0.1"),
        ("server", "headless", True),
        ("server", "enableStaticServing", True),
        ("server", "enableXsrfProtection", True),
        ("browser", "gatherUsageStats", False),
        ("client", "toolbarMode", "viewer"),
        ("client", "showErrorDetails", "none"),
        ("server", "fileWatcherType", "none"),  # the watcher cost each new session about 0.15 s (make bench)
    ],
)
def test_private_defaults(section, option, expected):
    assert CONFIG[section][option] == expected


def test_uploads_are_limited():
    assert 0 < CONFIG["server"]["maxUploadSize"] <= 1


def test_every_font_face_is_a_local_file():
    faces = CONFIG["theme"]["fontFaces"]
    assert faces
    for face in faces:
        assert face["url"].startswith("app/static/")
        assert (ROOT / face["url"].removeprefix("app/")).is_file()
        assert face["family"] in CONFIG["theme"]["font"]


def test_the_charts_script_is_served_locally_at_the_version_plotly_py_ships():
    """ui/chart.js loads plotly.js basic from static/ (app/static/ once served); plotly.py builds the figures for that version."""
    import plotly

    script = (ROOT / "ui" / "chart.js").read_text(encoding="utf-8")
    bundle = re.search(r'"app/static/(vendor/[\w.-]+\.js)"', script).group(1)
    ours = (ROOT / "static" / bundle).read_text(encoding="utf-8")[:200]
    shipped = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    version = re.search(r"plotly\.js v(\d+\.\d+\.\d+)", shipped.read_text(encoding="utf-8")[:200]).group(1)
    assert f"(basic - minified) v{version}" in ours


def test_no_remote_host_in_code_or_config():
    """No CDN, remote font or script: the dashboard works offline."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    # XML namespace names (never fetched) and the reserved example.org (RFC 2606) in docstrings are not hosts we reach.
    remote = re.compile(
        r"https?://(?!localhost|127\.0\.0\.1|www\.w3\.org/(2000/svg|1999/xlink|XML/1998/namespace)|example\.org)"
    )
    offenders = [
        name
        for name in tracked
        # vendored plotly.js names its own web site in strings; the browser tests watch what it loads
        if name.endswith((".py", ".toml", ".css", ".html", ".js"))
        and not name.startswith(("tests/", "static/vendor/"))
        and remote.search((ROOT / name).read_text(encoding="utf-8", errors="ignore"))
    ]
    assert not offenders


def test_page_icons_are_not_material_icons():
    """:material/...: icons load from Google's font servers."""
    for name in ["dashboard.py", *[str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py")]]:
        assert ":material/" not in (ROOT / name).read_text(encoding="utf-8")


def test_only_loopback_hosts_are_allowed():
    assert CONFIG["server"]["allowedHosts"] == ["localhost", "127.0.0.1"]


def _handshake(url: str, host: str, origin: str | None = None) -> int:
    """The status of a WebSocket handshake on Streamlit's stream with the given Host (and Origin) header."""
    address = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.putrequest("GET", "/_stcore/stream", skip_host=True)
        headers = {
            "Host": host,
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode(),
        }
        if origin:
            headers["Origin"] = origin
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_server_refuses_a_foreign_host_header(dashboard):
    """DNS rebinding: a page on evil.example resolved to 127.0.0.1 must not reach the app's stream."""
    port = urllib.parse.urlsplit(dashboard.url).port
    assert _handshake(dashboard.url, f"127.0.0.1:{port}") == 101  # the handshake itself works
    assert _handshake(dashboard.url, f"localhost:{port}", f"http://localhost:{port}") == 101
    assert _handshake(dashboard.url, f"evil.example:{port}", f"http://evil.example:{port}") == 403
    assert _handshake(dashboard.url, f"evil.example:{port}") == 403
