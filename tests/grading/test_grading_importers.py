"""Label importers on the real RSNA 2024 and SPIDER tables, and on broken inputs."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from spinelab.cli import app
from spinelab.grading.importers import ImportFormatError, import_rsna, import_spider
from spinelab.schema import validate_labels


def test_rsna_real_table(shared):
    src = shared("labels", "rsna2024", "train.csv")
    labels, errors = import_rsna(src)
    raw = pd.read_csv(src)
    graded = raw.drop(columns="study_id")
    assert len(labels) == int(graded.notna().sum().sum())  # one row per non-blank grade
    assert errors.empty
    assert set(labels["value"]) == {"none", "moderate", "severe"}
    assert set(labels["level"]) == {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"}
    assert labels["report_id"].nunique() == len(raw)
    # study 4003253 (the real DICOM study in shared/): left foramen L4-L5 Moderate, canal L1-L2 Normal/Mild
    s = labels[labels["report_id"] == "4003253"].set_index(["level", "finding"])["value"]
    assert s[("L4-L5", "foraminal_stenosis_left")] == "moderate"
    assert s[("L1-L2", "canal_stenosis")] == "none"
    assert s[("L3-L4", "foraminal_stenosis_right")] == "moderate"
    assert len(s) == 25
    counts = labels["value"].value_counts()
    raw_counts = pd.Series(graded.to_numpy().ravel()).value_counts()
    assert counts["severe"] == raw_counts["Severe"] and counts["none"] == raw_counts["Normal/Mild"]


def test_spider_real_table(shared):
    src = shared("labels", "spider", "radiological_gradings.csv")
    labels, errors = import_spider(src)
    raw = pd.read_csv(src)
    # patient 1: IVD 1 is L5-S1, IVD 5 is L1-L2
    p1 = raw[raw["Patient"] == 1].set_index("IVD label")
    got = labels[labels["report_id"] == "1"].set_index(["level", "finding"])["value"]
    assert got[("L5-S1", "disc_bulge")] == ("present" if p1.loc[1, "Disc bulging"] else "absent")
    assert got[("L1-L2", "disc_bulge")] == ("present" if p1.loc[5, "Disc bulging"] else "absent")
    modic = {0: "none", 1: "type1", 2: "type2", 3: "type3"}
    assert got[("L4-L5", "modic")] == modic[p1.loc[2, "Modic"]]
    # every disc 1..6 gives 4 rows; thoracic discs (IVD >= 7) none; IVD 0 rows are errors
    usable = raw[raw["IVD label"].between(1, 6)]
    assert len(labels) == 4 * len(usable)
    assert len(errors) == int((raw["IVD label"] < 1).sum()) and (errors["column"] == "IVD label").all()
    assert labels["finding"].value_counts().to_dict() == {f: len(usable) for f in ("disc_bulge", "disc_herniation", "modic", "spondylolisthesis")}
    assert int((labels["finding"].eq("spondylolisthesis") & labels["value"].eq("present")).sum()) == int(usable["Spondylolisthesis"].sum())
    validate_labels(labels)


def test_bad_values_are_recorded_and_import_goes_on(tmp_path):
    f = tmp_path / "train.csv"
    f.write_text("study_id,spinal_canal_stenosis_l4_l5,left_subarticular_stenosis_l5_s1,foo\n"
                 "1,Severe,Grade 3,x\n2,,Normal/Mild,y\n")
    labels, errors = import_rsna(f)
    assert labels[["report_id", "level", "finding", "value"]].values.tolist() == [
        ["1", "L4-L5", "canal_stenosis", "severe"], ["2", "L5-S1", "subarticular_stenosis_left", "none"]]
    assert sorted(errors["reason"]) == ["unknown column", "unknown grade"]
    g = tmp_path / "grad.csv"
    g.write_text("Patient,IVD label,Modic,Spondylolisthesis,Disc herniation,Disc bulging\n"
                 "7,1,5,0,1,0\n7,1,0,0,0,0\n7,x,0,0,0,0\n7,9,0,0,0,0\n")
    labels, errors = import_spider(g)
    assert len(labels) == 3  # modic 5 is an error, the other three findings import; duplicate disc skipped
    assert set(errors["reason"]) == {"expected one of [0, 1, 2, 3]", "duplicate disc", "not an integer"}


def test_wrong_format_names_file(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("a,b\n1,2\n")
    with pytest.raises(ImportFormatError, match=r"x.csv: no 'study_id' column"):
        import_rsna(f)
    with pytest.raises(ImportFormatError, match=r"x.csv: lacks columns \['Patient'"):
        import_spider(f)


def test_cli_import_commands(shared, tmp_path):
    runner = CliRunner()
    out = tmp_path / "spider.parquet"
    r = runner.invoke(app, ["dataset", "import-spider", str(shared("labels", "spider", "radiological_gradings.csv")), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert len(pd.read_parquet(out)) > 5000
    assert len(pd.read_parquet(tmp_path / "spider.errors.parquet")) == 2
    out = tmp_path / "rsna.csv"
    r = runner.invoke(app, ["dataset", "import-rsna", str(shared("labels", "rsna2024", "train.csv")), "-o", str(out)])
    assert r.exit_code == 0, r.output
    validate_labels(pd.read_csv(out, dtype={"report_id": str}))
