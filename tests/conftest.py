from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"


def _shared() -> Path:
    """The shared data folder: beside the checkout (as in CI), else the workplace's copy."""
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "data").exists():
            return candidate
    return ROOT.parent / "shared"


SHARED = _shared()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def sample_doc(pipeline, sample_text):
    return pipeline.extract(sample_text, name=str(SAMPLE), path=str(SAMPLE))


@pytest.fixture
def cameo_matches(monkeypatch, pipeline):
    """The verbs the events coder matched against a verb dictionary (match_verb's calls, by word), from
    the time the test starts (the pipeline is loaded first, so its own warm-up does not count)."""
    from newsgraph.events import coder

    seen: list[str] = []
    real = coder.match_verb

    def counting(vd, tok, is_actor, complements=True):
        seen.append(tok.lower_)
        return real(vd, tok, is_actor, complements)

    monkeypatch.setattr(coder, "match_verb", counting)
    return seen
