"""A minimal DICOM header walker for the indexer's hot path (Part 10 files, little endian).

pydicom spends most of a header read converting and wrapping values we never use; this walker
reads the file's first bytes once, steps over elements (nested sequences included) with
``struct`` and decodes only the tags in :data:`spinelab.data.dicom_headers.HEADER_TAGS`. It
returns ``None`` for anything it does not handle on purpose (no 'DICM' preamble, big endian,
deflated, malformed or truncated data), and the caller then uses pydicom, which also words the
error. It stops at the pixel data element and reports its offset and length.
"""

from __future__ import annotations

import struct
from typing import Any

from pydicom.datadict import dictionary_VR, tag_for_keyword

_LONG_VRS = {
    b"OB",
    b"OD",
    b"OF",
    b"OL",
    b"OV",
    b"OW",
    b"SQ",
    b"SV",
    b"UC",
    b"UN",
    b"UR",
    b"UT",
    b"UV",
}
_PIXEL_TAGS = {0x7FE00010, 0x7FE00008, 0x7FE00009}
_ITEM, _ITEM_END, _SEQ_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
_UNDEFINED = 0xFFFFFFFF
_UNSUPPORTED_TS = {"1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"}  # big endian, deflated
_IMPLICIT_TS = "1.2.840.10008.1.2"
_U32 = struct.Struct("<L")
_U16 = struct.Struct("<H")
_TAG = struct.Struct("<HH")


class _Unhandled(Exception):
    """Raised inside the walker: let pydicom read this file."""


def _wanted(keywords: tuple[str, ...]) -> dict[int, tuple[str, str]]:
    out = {}
    for kw in keywords:
        tag = tag_for_keyword(kw)
        if tag is None:
            raise ValueError(f"unknown DICOM keyword {kw}")
        out[int(tag)] = (kw, dictionary_VR(tag))
    return out


def _decode(raw: bytes, vr: str) -> Any:
    if vr == "US":
        if len(raw) < 2:
            return None
        vals = [v[0] for v in struct.iter_unpack("<H", raw[: len(raw) // 2 * 2])]
        return vals[0] if len(vals) == 1 else vals
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = text.strip(" \x00")
    if vr in ("DS", "IS"):
        parts = [p.strip() for p in text.split("\\")]
        if not text:
            return ""
        try:
            nums = [float(p) if vr == "DS" else int(float(p)) for p in parts]
        except ValueError:
            return text  # left for the caller to report as invalid
        return nums[0] if len(nums) == 1 else nums
    return text


class _Walker:
    """Walks the elements of ``buf`` from ``pos``; collects wanted top-level values."""

    def __init__(self, buf: bytes, implicit: bool) -> None:
        self.buf = buf
        self.implicit = implicit
        self.n = len(buf)

    def header(self, pos: int, implicit: bool) -> tuple[int, bytes, int, int]:
        """(tag, vr, length, value start) of the element at ``pos``."""
        if pos + 8 > self.n:
            raise _Unhandled("buffer ends in an element header")
        g, e = _TAG.unpack_from(self.buf, pos)
        tag = (g << 16) | e
        if implicit or g == 0xFFFE:
            return tag, b"", _U32.unpack_from(self.buf, pos + 4)[0], pos + 8
        vr = self.buf[pos + 4 : pos + 6]
        if vr in _LONG_VRS:
            if pos + 12 > self.n:
                raise _Unhandled("buffer ends in an element header")
            return tag, vr, _U32.unpack_from(self.buf, pos + 8)[0], pos + 12
        return tag, vr, _U16.unpack_from(self.buf, pos + 6)[0], pos + 8

    def skip_sequence(self, pos: int, implicit: bool) -> int:
        """Position after an undefined-length sequence whose first item starts at ``pos``."""
        while True:
            tag, _, length, start = self.header(pos, True)
            if tag == _SEQ_END:
                return start
            if tag != _ITEM:
                raise _Unhandled(f"unexpected tag {tag:08X} in a sequence")
            if length != _UNDEFINED:
                pos = start + length
                continue
            pos = start
            while True:  # item of undefined length: its elements up to the item delimiter
                t2, _, _, s2 = self.header(pos, implicit)
                if t2 == _ITEM_END:
                    pos = s2
                    break
                pos = self.skip_element(pos, implicit)

    def skip_element(self, pos: int, implicit: bool) -> int:
        """Position after the (possibly nested) element at ``pos``."""
        tag, vr, length, start = self.header(pos, implicit)
        if length == _UNDEFINED:
            # undefined-length UN holds implicit little endian data
            return self.skip_sequence(start, implicit or vr == b"UN")
        end = start + length
        if end > self.n:
            raise _Unhandled("buffer ends inside an element value")
        return end


def walk_header(
    path: str, keywords: tuple[str, ...], *, first_read: int = 16384
) -> tuple[dict[str, Any], int, int, int, bool] | None:
    """(values by keyword, pixel value offset, pixel length, file size, pixel found) or None.

    Only top-level elements are decoded. ``None`` means: read this file with pydicom.
    """
    wanted = _WANTED_CACHE.get(keywords)
    if wanted is None:
        wanted = _WANTED_CACHE.setdefault(keywords, _wanted(keywords))
    with open(path, "rb") as f:
        buf = f.read(first_read)
        size = len(buf)
        if size == first_read:
            import os

            size = os.fstat(f.fileno()).st_size
        while True:
            try:
                return _walk(buf, wanted, size, f)
            except _Unhandled:
                if len(buf) >= size:
                    return None
                buf += f.read(max(len(buf), 65536))  # header larger than the buffer
            except (struct.error, IndexError, ValueError):
                return None


_WANTED_CACHE: dict[tuple[str, ...], dict[int, tuple[str, str]]] = {}


def _probe_native_pixels(f: Any, values: dict[str, Any], size: int, implicit: bool) -> int | None:
    """Length of uncompressed pixel data when the file ends exactly with the element holding it
    (checked by reading its 8/12-byte element header at ``size - length``), else None.

    Saves walking large private groups (e.g. Siemens CSA) between the wanted tags and the pixels.
    """
    try:
        n = int(values["Rows"]) * int(values["Columns"]) * (int(values["BitsAllocated"]) // 8)
        n *= int(values.get("SamplesPerPixel") or 1) * int(values.get("NumberOfFrames") or 1)
    except (KeyError, TypeError, ValueError):
        return None
    n += n % 2
    head_len = 8 if implicit else 12
    if n <= 0 or size - n - head_len < 132:
        return None
    f.seek(size - n - head_len)
    head = f.read(head_len)
    if implicit:
        ok = head == b"\xe0\x7f\x10\x00" + _U32.pack(n)
    else:
        ok = (
            head[:4] == b"\xe0\x7f\x10\x00"
            and head[4:6] in (b"OW", b"OB")
            and head[6:8] == (b"\x00\x00")
            and head[8:12] == _U32.pack(n)
        )
    return n if ok else None


def _walk(
    buf: bytes, wanted: dict[int, tuple[str, str]], size: int, f: Any = None
) -> tuple[dict[str, Any], int, int, int, bool] | None:
    if len(buf) < 132 or buf[128:132] != b"DICM":
        return None
    meta = _Walker(buf, False)
    pos = 132
    ts = ""
    values: dict[str, Any] = {}
    while pos + 8 <= len(buf):
        g = _U16.unpack_from(buf, pos)[0]
        if g != 0x0002:
            break
        tag, _, length, start = meta.header(pos, False)
        if length == _UNDEFINED:
            return None
        if tag == 0x00020010:
            ts = buf[start : start + length].decode("ascii", "replace").strip(" \x00")
        elif tag == 0x00020002:
            values["SOPClassUID"] = (
                buf[start : start + length].decode("ascii", "replace").strip(" \x00")
            )
        pos = start + length
    if pos + 8 > len(buf):
        raise _Unhandled("buffer ends after the file meta")
    if ts in _UNSUPPORTED_TS or not ts:
        return None
    implicit = ts == _IMPLICIT_TS
    w = _Walker(buf, implicit)
    last_wanted = max(wanted)
    probed = False
    while True:
        if pos >= len(buf):
            if len(buf) >= size:
                return values, pos, 0, size, False  # no pixel data in the file
            raise _Unhandled("need more bytes")
        tag, vr, length, start = w.header(pos, implicit)
        if tag in _PIXEL_TAGS:
            return values, start, length, size, True
        if tag > last_wanted and not probed and f is not None:
            probed = True
            n = _probe_native_pixels(f, values, size, implicit)
            if n is not None:
                return values, size - n, n, size, True
        if tag == _ITEM or tag == _SEQ_END or tag == _ITEM_END:
            return None
        if length == _UNDEFINED:
            pos = w.skip_sequence(start, implicit or vr == b"UN")
            continue
        end = start + length
        if end > len(buf):
            raise _Unhandled("need more bytes")
        hit = wanted.get(tag)
        if hit is not None:
            kw, dict_vr = hit
            values[kw] = _decode(buf[start:end], vr.decode("ascii", "replace") if vr else dict_vr)
        pos = end
