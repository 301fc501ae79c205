"""Cross-article merging rules (pure functions, no database)."""

from __future__ import annotations

from hadath.merge.events import Report, cluster_reports, haversine_km, merge_reports
from hadath.schema import Event
from store.corpus_factory import BINNISH, CIVS, HTS, IDLIB, ISIS, SAA, SARAQIB, event


def rep(i: int, ev: Event, story: int | None = None, outlet: str | None = "Outlet") -> Report:
    return Report(row_id=i, article_id=100 + i, story_id=story, doc_id=f"d{i}", outlet=outlet, url=None,
                  published=None, event=ev.model_dump(mode="json"))


def groups(*reports: Report) -> list[list[int]]:
    return sorted(sorted(r.row_id for r in g) for g in cluster_reports(reports))


def test_haversine() -> None:
    assert haversine_km(*IDLIB[3:], *IDLIB[3:]) == 0
    assert 16 < haversine_km(*IDLIB[3:], *SARAQIB[3:]) < 17.5
    assert 7 < haversine_km(*IDLIB[3:], *BINNISH[3:]) < 9
    assert abs(haversine_km(0, 0, 0, 1) - 111.19) < 0.1  # one degree on the equator


def test_same_event_within_10km_and_a_day_merges() -> None:
    assert groups(rep(1, event()), rep(2, event(place=BINNISH, date="2024-03-02"))) == [[1, 2]]


def test_too_far_apart_in_space_or_time_stays_apart() -> None:
    assert groups(rep(1, event()), rep(2, event(place=SARAQIB))) == [[1], [2]]
    assert groups(rep(1, event()), rep(2, event(date="2024-03-03"))) == [[1], [2]]


def test_type_family_must_match() -> None:
    clash = event("Armed clash", "Battles", actor2=HTS)
    assert groups(rep(1, event()), rep(2, clash)) == [[1], [2]]


def test_actor_compatibility() -> None:
    # one side missing: compatible; different named actors: not
    assert groups(rep(1, event(actor1=SAA)), rep(2, event(actor1=None))) == [[1, 2]]
    assert groups(rep(1, event(actor1=SAA)), rep(2, event(actor1=ISIS))) == [[1], [2]]
    # battles: the two sides may be named in either order
    a = event("Armed clash", "Battles", actor1=SAA, actor2=HTS)
    b = event("Armed clash", "Battles", actor1=HTS, actor2=SAA)
    assert groups(rep(1, a), rep(2, b)) == [[1, 2]]
    # but not for one-sided violence: who attacked whom matters
    c = event(actor1=SAA, actor2=CIVS)
    d = event(actor1=CIVS, actor2=SAA)
    assert groups(rep(1, c), rep(2, d)) == [[1], [2]]


def test_no_chaining_across_the_cluster_anchor() -> None:
    # "Mid" is 8.5 km from Idlib and 8.3 km from Saraqib, but Saraqib is 16.7 km from Idlib
    mid = ("Mid", "Idlib", "SY", 35.90, 36.72)
    reps = [rep(1, event()), rep(2, event(place=mid)), rep(3, event(place=SARAQIB))]
    assert groups(*reps) == [[1, 2], [3]]


def test_events_without_date_or_place_are_not_merged() -> None:
    assert groups(rep(1, event(date=None)), rep(2, event(date=None))) == [[1], [2]]
    assert groups(rep(1, event(place=None)), rep(2, event(place=None))) == [[1], [2]]


def test_unplaced_or_undated_reports_merge_within_one_story() -> None:
    # the same wire story in two outlets: the place was not resolved in either
    assert groups(rep(1, event(place=None), story=7), rep(2, event(place=None), story=7)) == [[1, 2]]
    # one copy has a date and a place, the other lost the date: still the same event
    assert groups(rep(1, event(), story=7), rep(2, event(date=None), story=7)) == [[1, 2]]
    # but what both know must agree: other type, other actor, dates too far apart
    assert groups(rep(1, event(place=None), story=7),
                  rep(2, event("Armed clash", "Battles", place=None), story=7)) == [[1], [2]]
    assert groups(rep(1, event(place=None), story=7), rep(2, event(place=None, actor1=ISIS), story=7)) == [[1], [2]]
    assert groups(rep(1, event(place=None), story=7),
                  rep(2, event(place=None, date="2024-03-05"), story=7)) == [[1], [2]]
    # and different stories never merge without a place
    assert groups(rep(1, event(place=None), story=7), rep(2, event(place=None), story=8)) == [[1], [2]]


def test_fatalities_are_the_minimum_and_disagreement_is_a_conflict() -> None:
    reps = [rep(1, event(fatalities=7), outlet="A"), rep(2, event(fatalities=4), outlet="B"),
            rep(3, event(fatalities=None), outlet="C")]
    [m] = merge_reports(reps, lambda iso2: {"SY": "SYR"}.get(iso2))
    assert m["fatalities"] == 4
    assert m["event_id_cnty"] == "SYR1"
    [c] = m["conflicts"]
    assert {(r["value"]) for r in c["reports"]} == {7, 4}
    assert "lowest (4)" in c["reason"]
    assert len(m["reports"]) == 3 and m["reports"][0]["evidence"][0]["start"] == 0


def test_agreeing_figures_make_no_conflict_and_actors_fill_in() -> None:
    reps = [rep(1, event(fatalities=3, actor2=None)), rep(2, event(fatalities=3, actor1=None, actor2=CIVS))]
    [m] = merge_reports(reps)
    assert m["conflicts"] == [] and m["fatalities"] == 3
    assert m["actor1"]["name"] == SAA[0] and m["actor2"]["name"] == CIVS[0]
    assert m["event_id_cnty"] == "XXX1"  # no ISO3 lookup given
