"""Where things are: the repository, the tests' data, the public evaluation samples."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
# Copies of the two public labelled samples, so that every checkout runs them.
PUBLIC_SAMPLES = (DATA / "public" / "sample-questions.yaml", DATA / "public" / "hard-sample.yaml")
