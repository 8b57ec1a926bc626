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
    with pytest.raises(MissingResourceError, match="pip install -e ."):
        resources.data_path("no-such-file.csv")


def test_tables_are_read_once_and_cached():
    assert resources.read_table("timeline", "months.csv") is resources.read_table("timeline", "months.csv")
