import builtins

import pytest

import helpers.resources as resources
from helpers import MissingResourceError


def test_vader_reads_the_wheel_lexicon_offline(vader):
    # Pinned scores of NLTK's VADER port on the vaderSentiment 3.3.2 lexicon.
    assert vader.polarity_scores("good")["compound"] == 0.4404
    assert vader.polarity_scores("We are ready to defend ourselves")["compound"] == 0.3612
    assert vader.polarity_scores("no European leader wants a war in the region")["compound"] == -0.7269


def test_missing_vader_package_is_one_clear_sentence(monkeypatch):
    real_import = builtins.__import__

    def no_vader(name, *args, **kwargs):
        if name == "vaderSentiment":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_vader)
    with pytest.raises(MissingResourceError, match=r"pip install vaderSentiment") as err:
        resources.vader_lexicon_folder()
    assert str(err.value).count(". ") == 0 and "\n" not in str(err.value)


def test_missing_data_file_names_the_fix():
    with pytest.raises(MissingResourceError, match="git checkout -- data"):
        resources.data_path("no-such-file.csv")


def _fake_data(folder, months="surface,value\njanuary,01\n"):
    (folder / "timeline").mkdir(parents=True)
    (folder / "article.txt").write_text("Headline\n", encoding="utf-8")
    (folder / "timeline" / "months.csv").write_text(months, encoding="utf-8")
    return folder


def test_an_installed_copy_of_data_is_found_first(monkeypatch, tmp_path):
    # A plain `pip install .` (Binder) ships data/ as helpers/data: it wins over a checkout's data/.
    installed = _fake_data(tmp_path / "site-packages" / "helpers" / "data")
    monkeypatch.setattr(resources, "_DATA_CANDIDATES", (installed, tmp_path / "checkout" / "data"))
    assert resources.data_dir() == installed


def test_the_checkout_data_is_used_when_nothing_is_installed(monkeypatch, tmp_path):
    checkout = _fake_data(tmp_path / "checkout" / "data")
    monkeypatch.setattr(resources, "_DATA_CANDIDATES", (tmp_path / "helpers" / "data", checkout))
    assert resources.data_dir() == checkout


def test_no_data_anywhere_is_one_sentence_with_the_fix(monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "_DATA_CANDIDATES", (tmp_path / "a", tmp_path / "b"))
    with pytest.raises(MissingResourceError, match="pip install -r requirements.txt") as err:
        resources.data_path("article.txt")
    assert "\n" not in str(err.value)


def test_reload_data_reads_edited_tables_again(monkeypatch, tmp_path):
    folder = _fake_data(tmp_path / "data")
    monkeypatch.setattr(resources, "_DATA_CANDIDATES", (folder,))
    resources.reload_data()
    try:
        assert [r["value"] for r in resources.read_table("timeline", "months.csv")] == ["01"]
        (folder / "timeline" / "months.csv").write_text("surface,value\njanuary,01\njan,01\n", encoding="utf-8")
        assert len(resources.read_table("timeline", "months.csv")) == 1  # still the cached table
        resources.reload_data()
        assert len(resources.read_table("timeline", "months.csv")) == 2
    finally:
        monkeypatch.undo()
        resources.reload_data()  # the real tables again for the other tests


def test_tables_are_read_once_and_cached():
    assert resources.read_table("timeline", "months.csv") is resources.read_table("timeline", "months.csv")
