"""Where things are: the repository, the tests' data, the shared evaluation sample."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SHARED_SAMPLE = ROOT.parent / "shared" / "eval" / "sample-questions.yaml"
