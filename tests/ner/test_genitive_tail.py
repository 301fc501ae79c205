"""A head-led organisation takes the «لل» word the CRF stopped before («الهيئة العامة للتأمين الصحي»)."""

from __future__ import annotations

from ner_helpers import find, ner


def test_an_organisation_takes_its_genitive_tail() -> None:
    # the «لل» word after a head-led organisation, and the definite words after it, are its name
    doc = ner("وقال مدير الهيئة العامة للتأمين الصحي إن الخدمات ستتحسن.")
    assert find(doc, "الهيئة العامة للتأمين الصحي").type == "ORG"


def test_a_purpose_clause_is_no_genitive_tail() -> None:
    doc = ner("ودعا الوزير مجلس الأمن للعمل على وقف الحرب.")
    assert not [m for m in doc.entities if m.text.startswith("مجلس الأمن لل")]
