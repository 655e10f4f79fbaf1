"""Download a LanguageTool release, only when the student asks for it (GUI menu).

Promises: progress is reported as bytes arrive, ``cancel_event`` stops the
download within one chunk and leaves nothing behind, the archive's SHA-256 is
checked against language_tool_python's manifest before anything is unpacked,
and unpacking refuses unsafe archives (language_tool_python's safe extractor).
Never called by tests or at start-up.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable

from tutor.core.grammar.lt_install import Release, default_lt_folder, find_release

CHUNK = 256 * 1024
NETWORK_TIMEOUT = 30.0  # seconds without a byte before giving up

ProgressCallback = Callable[[int, "int | None"], None]  # (bytes so far, total or None)


class DownloadCancelled(Exception):
    pass


class DownloadFailed(Exception):
    """The message is one line, fit for a dialog."""


def download_languagetool(progress_cb: ProgressCallback, cancel_event: threading.Event, *,
                          folder: str | Path | None = None, version: str | None = None) -> Release:
    """Fetch and unpack LanguageTool ``version`` (default: language_tool_python's)
    into ``folder`` (default: its cache folder). Returns the installed release."""
    from language_tool_python import download_lt  # heavy import, only on request

    version = version or download_lt.LTP_DOWNLOAD_VERSION
    target = Path(folder) if folder is not None else default_lt_folder()
    url = download_lt.ReleaseLocalLanguageTool(version).download_url
    expected = download_lt.EXPECTED_DOWNLOAD_SHA256.get(version)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target, prefix=".lt-download-") as work:
        archive = Path(work) / "LanguageTool.zip"
        digest = _fetch(url, archive, progress_cb, cancel_event)
        if expected and digest != expected:
            raise DownloadFailed(f"download of LanguageTool {version} is damaged (checksum mismatch)")
        if cancel_event.is_set():
            raise DownloadCancelled()
        try:
            with zipfile.ZipFile(archive) as zf:
                download_lt.SafeZipExtractor().extractall(zf, target, work_dir=Path(work))
        except (zipfile.BadZipFile, OSError, download_lt.PathError) as exc:
            raise DownloadFailed(f"LanguageTool {version} could not be unpacked: {exc}") from exc
    release = find_release(target)
    if release is None:
        raise DownloadFailed(f"LanguageTool {version} was unpacked but no server jar was found in {target}")
    return release


def _fetch(url: str, dest: Path, progress_cb: ProgressCallback, cancel: threading.Event) -> str:
    """Stream ``url`` into ``dest``; the SHA-256 of what was written."""
    sha = hashlib.sha256()
    try:
        with urllib.request.urlopen(url, timeout=NETWORK_TIMEOUT) as response, dest.open("wb") as out:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            progress_cb(0, total)
            while chunk := response.read(CHUNK):
                if cancel.is_set():
                    raise DownloadCancelled()
                out.write(chunk)
                sha.update(chunk)
                done += len(chunk)
                progress_cb(done, total)
    except DownloadCancelled:
        raise
    except urllib.error.HTTPError as exc:
        raise DownloadFailed(f"LanguageTool download failed: HTTP {exc.code} {exc.reason}") from exc
    except OSError as exc:  # URLError, timeouts, disk full are all OSErrors
        raise DownloadFailed(f"LanguageTool download failed: {getattr(exc, 'reason', exc)}") from exc
    return sha.hexdigest()
