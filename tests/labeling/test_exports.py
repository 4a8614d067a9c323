"""Export damage (mojibake, HTML, RTF) read as the typed text, the same length."""

from __future__ import annotations

import pytest

from spinelab.labeling.exports import export_repaired
from spinelab.labeling.sections import reading_text


@pytest.mark.parametrize(
    ("damaged", "meant"),
    [
        # UTF-8 read as Windows-1252, once and twice; a no-break space after its lead byte
        ("L3\u00e2\u20ac\u201c4: bulge", "L3  -4: bulge"),
        ("L5\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153S1", "L5       -S1"),
        ("Patient\u00e2\u20ac\u2122s MRI", "Patient  \u2019s MRI"),
        ("FINDINGS:\u00c2\u00a0 Normal", "FINDINGS: \u00a0 Normal"),
        # HTML: tags (a line break where the tag broke the line) and character references
        ("<p><b>FINDINGS:</b><br>L4-5: bulge</p>", "\n     FINDINGS:    \n   L4-5: bulge\n   "),
        ("L4&ndash;5: mild &gt; right &amp; left", "L4      -5: mild    > right     & left"),
        ("L4&#8211;5&nbsp;bulge", "L4      -5      bulge"),
        # RTF: header groups and control words as spaces, a paragraph mark as a line break (none
        # where the export broke the line after it)
        (
            "{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}\\b FINDINGS:\\b0\\par L4-5: bulge.\\par\nEnd}",
            " " * 37 + "FINDINGS:   \n    L4-5: bulge.    \nEnd ",
        ),
    ],
)
def test_export_damage_is_read_as_typed_keeping_offsets(damaged: str, meant: str) -> None:
    repaired = export_repaired(damaged)
    assert repaired == meant
    assert len(repaired) == len(damaged)


@pytest.mark.parametrize(
    "clean",
    [
        "L4-5: mild canal stenosis; AP diameter <10 mm & foramina patent.",
        "Caf\u00e9 na\u00efve \u00bd \u00df \u2013 L4\u20135",  # accented letters, real dashes
        "C:\\reports\\2019 (a path) and L3 <-> L4",
        "Middle dots \u00c2\u00b7 stay for the bullet reading",
    ],
)
def test_a_report_without_export_damage_is_unchanged(clean: str) -> None:
    assert export_repaired(clean) == clean


def test_a_template_option_list_is_blanked_and_its_choice_kept() -> None:
    text = "Canal: [normal / mild / moderate / severe] mild.\nL2-L3: [normal / abnormal]\nSee [1]."
    out = reading_text(text)
    assert len(out) == len(text)
    assert out.startswith("Canal:" + " " * 37 + "mild.")
    assert out.split("\n")[1] == "L2-L3:" + " " * 20 and out.endswith("See [1].")
