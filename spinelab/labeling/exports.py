"""Reports damaged by the systems that exported them, read as the text that was typed.

Old RIS and EHR exports hand over a report's text with its encoding and markup left in: UTF-8
read as Windows-1252 ('L3â€“4', 'Patientâ€™s', 'FINDINGS:Â\u00a0'), HTML ('<br>', '<p><b>',
'<td>', a table's cell, read as '|', '&gt;', '&nbsp;', '&#8211;') and RTF ('{\\rtf1\\ansi ...}',
'\\par', '\\b0'). :func:`export_repaired` undoes them **keeping the text's length**: each
damaged run becomes what it meant after spaces (a tag or a control word becomes spaces, one that
breaks a line a line break), so every offset stays the report's.
A report without such damage is returned unchanged, after a cheap check.
"""

from __future__ import annotations

import html
import re

#: Windows-1252's characters for the bytes 0x80-0x9f (where it differs from Latin-1)
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
#: a UTF-8 sequence of 2-4 bytes read as Windows-1252 or Latin-1: a lead byte, then continuation
#: bytes (0x80-0xbf, shown as Latin-1 or Windows-1252 characters)
_MOJIBAKE_RUN = re.compile(
    "(?:[\u00c2-\u00df]|[\u00e0-\u00ef][\u0080-\u00bf" + _CP1252_HIGH + "]"
    "|[\u00f0-\u00f4][\u0080-\u00bf" + _CP1252_HIGH + "]{2})"
    "[\u0080-\u00bf" + _CP1252_HIGH + "]"
)
#: a run of such characters, which may hold text encoded twice ('Ã¢â‚¬â€œ' for '–')
_HIGH_RUN = re.compile("[\u0080-\u00ff" + _CP1252_HIGH + "]{2,}")
#: bullets, which the sections' reading breaks lines at as their mojibake stands
_BULLETS = frozenset("\u00b7\u2022")
#: what a decoded character is read as: dashes as the hyphen the rules know best
_MEANT = {"\u2013": "-", "\u2014": "-"}

#: a line-breaking HTML tag, and any other tag (a letter or '/' after '<', at most 80 characters)
_BREAK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?tr|/?h[1-6])\b[^<>\n]{0,80}>", re.I)
_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^<>\n]{0,80}>", re.I)
#: a table cell's opening tag: read as a '|' (a row of cells reads as a '|' table's row)
_CELL_TAG = re.compile(r"<t[dh]\b[^<>\n]{0,80}>", re.I)
#: a named or numeric character reference ('&gt;', '&nbsp;', '&#8211;', '&#x2013;')
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.I)

#: RTF: a paragraph or line mark, any other control word (with its numeric argument and the one
#: space that ends it), a control symbol ('\\~', '\\-'), and the braces of groups
_RTF_BREAK = re.compile(r"\\(?:par|line|sect|page|row)\b(?:-?\d+)? ?")
_RTF_CONTROL = re.compile(r"\\[a-z]{1,32}(?:-?\d{1,10})? ?|\\[~_\-*'](?:[0-9a-f]{2})?|[{}]")
#: RTF header groups whose text is not the report's ('{\\fonttbl{\\f0 Arial;}}', colour tables)
_RTF_HEADER_GROUP = re.compile(
    r"\{\\(?:fonttbl|colortbl|stylesheet|info|\*)(?:[^{}]|\{[^{}]*\})*\}", re.I
)


def _line_break(length: int) -> str:
    """A line break padded with spaces to ``length`` characters."""
    return "\n" + " " * (length - 1)


def _utf8(run: str) -> str | None:
    """The text whose UTF-8 bytes ``run`` shows as Windows-1252 / Latin-1; None when there is
    none, or when it holds a control character (nothing anyone typed)."""
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in run)
        text = raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return None if any("\u0080" <= c <= "\u009f" for c in text) else text


def _decoded(m: re.Match[str]) -> str:
    """A mojibake sequence as the character it encoded, after spaces; unchanged when its bytes
    are no UTF-8."""
    run = m.group()
    char = _utf8(run)
    if char is None or char in _BULLETS:
        return run
    return " " * (len(run) - len(char)) + _MEANT.get(char, char)


def _decoded_run(m: re.Match[str]) -> str:
    """A run of mojibake decoded as a whole, as often as it was encoded (twice: 'Ã¢â‚¬â€œ' ->
    'â€“' -> '–'), after spaces; where the whole run is no UTF-8 (mojibake beside accented
    letters), each sequence of it on its own."""
    run, text = m.group(), None
    while (again := _utf8(text or run)) is not None and again != text:
        text = again
    if text is None or len(text) > 3:
        return _MOJIBAKE_RUN.sub(_decoded, run)
    if text in _BULLETS:  # 'Â·', 'â€¢': read as bullets where they stand (sections.reading_text)
        return run
    return " " * (len(run) - len(text)) + "".join(_MEANT.get(c, c) for c in text)


def _entity(m: re.Match[str]) -> str:
    meant = html.unescape(m.group())
    if meant == m.group():  # not a reference HTML knows: leave it
        return meant
    meant = _MEANT.get(meant, meant).replace("\u00a0", " ")
    return " " * (len(m.group()) - len(meant)) + meant if len(meant) <= len(m.group()) else m.group()


def _tag_break(m: re.Match[str]) -> str:
    """A line-breaking tag as a line break; a table row's tags as spaces where the line breaks
    anyway (a row's '</tr>', a '<tr>' opening its line): one line per row, no blank lines
    between them."""
    tag = m.group()
    if tag[1:3].lower() == "/t" or (
        tag[1:3].lower() == "tr"
        and not m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ):
        return " " * len(tag)
    return _line_break(len(tag))


def _rtf_break(m: re.Match[str], text: str) -> str:
    """A paragraph mark as a line break; as spaces where the export broke the line after it
    anyway ('\\par' then a line break: one break, not a blank line)."""
    after = text[m.end() : m.end() + 2]
    if after.startswith("\n") or after == "\r\n":
        return " " * len(m.group())
    return _line_break(len(m.group()))


def export_repaired(text: str) -> str:
    """``text`` with mojibake, HTML markup and entities and RTF control words read as what they
    meant, the same length (unchanged where none is found)."""
    if ("\u00c3" in text or "\u00c2" in text or "\u00e2" in text) and _MOJIBAKE_RUN.search(text):
        text = _HIGH_RUN.sub(_decoded_run, text)
    if "<" in text and _TAG.search(text):
        text = _BREAK_TAG.sub(_tag_break, text)
        if "<t" in text or "<T" in text:
            text = _CELL_TAG.sub(lambda m: "|" + " " * (len(m.group()) - 1), text)
        text = _TAG.sub(lambda m: " " * len(m.group()), text)
    if "&" in text and _ENTITY.search(text):
        text = _ENTITY.sub(_entity, text)
    if "\\" in text and ("{\\rtf" in text or _RTF_BREAK.search(text)):
        text = _RTF_HEADER_GROUP.sub(lambda m: " " * len(m.group()), text)
        text = _RTF_BREAK.sub(lambda m: _rtf_break(m, text), text)
        text = _RTF_CONTROL.sub(lambda m: " " * len(m.group()), text)
    return text
