"""A built page as its reader reads it.

oitgen keeps every run of Thai text in a page in <span class="tw"> with <wbr> between its words
(src/render/word_breaks.h), so that lines break between words, and on Thai pages a run of Latin
words in <span lang="en">. Tests that look for a phrase in a page read it through page_text(),
which takes that markup away and leaves every other tag.
"""
import re
from pathlib import Path

_RUN = re.compile(r'<span class="tw"(?: lang="th")?>((?:[^<]|<wbr>)*)</span>')
_LATIN = re.compile(r'<span lang="en">([^<]*)</span>')


def unbroken(html):
    """`html` without the spans and breaks of its Thai runs and the spans of its Latin ones."""
    return _LATIN.sub(r"\1", _RUN.sub(lambda m: m.group(1).replace("<wbr>", ""), html))


def page_text(path):
    """The page at `path`, read as UTF-8, without the spans and breaks of its Thai runs."""
    return unbroken(Path(path).read_text(encoding="utf-8"))
