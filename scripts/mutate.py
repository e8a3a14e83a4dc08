"""Mutation testing of the core modules with mutmut (`make mutate`; results in docs/testing.md).

mutmut's configuration is one per project, but each module should be tested only by its own test
files (the whole suite per mutant would take days on two cores). So each module runs in its own
scratch copy of the project (src, tests, examples, gold, pyproject.toml) with a setup.cfg naming the
module and its tests, and the survivors are printed at the end.

    python scripts/mutate.py                 # every module below
    python scripts/mutate.py model quotes    # some of them
    python scripts/mutate.py quotes --only '*near_paragraph*'   # some functions of one module
    python scripts/mutate.py coder --only 'Participants.resolve*'   # a method
    python scripts/mutate.py coder --tests tests/test_events_coder_mutants.py   # only these tests
    python scripts/mutate.py quotes --fast --only '_colon*'   # the same mutants in one pytest process
                                                              # (scripts/mutloop.py; results in WORK/quotes/out.tsv)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# module -> (source file, the test files that are its tests)
MODULES = {
    "model": ("src/newsgraph/model.py", ["tests/test_model.py",
                                         # Actor.codes and code_dyads (compound actors) are tested only there
                                         "tests/test_actors_compound_codes.py"]),
    "timex": ("src/newsgraph/timex.py", ["tests/test_timex.py", "tests/test_timex_anchors.py",
                                         "tests/test_timex_mutants.py", "tests/test_timex_rules.py",
                                         "tests/test_timex_edges.py", "tests/test_times_anchoring.py",
                                         "tests/test_times_conventions.py", "tests/test_times_timebank.py",
                                         "tests/test_timex_mutants_s10.py", "tests/test_times_s10.py",
                                         "tests/test_timex_mutants_s12.py",
                                         # (normalize's tests of sessions 13 and 15)
                                         "tests/test_times_s13.py", "tests/test_times_s15.py",
                                         # s21-mut's kills of _clock_ago (new in 0259a20)
                                         "tests/test_mut_s21_timex.py",
                                         # sessions 19-21's timex tests, added in session 25
                                         "tests/test_mut_s19b_timex.py", "tests/test_timex_written_years.py",
                                         # s25-time's readings, and s26-time's: _part_begun, _month_rule / _r_season /
                                         # _r_day_anaphor's new lines
                                         "tests/test_s25_time.py", "tests/test_s26_time.py",
                                         # s26-reach: FIND_PATTERNS' whitespace bounded (each family's reach)
                                         "tests/test_s26_reach.py"]),
    "times": ("src/newsgraph/times.py", ["tests/test_times_mutants.py", "tests/test_times_rules.py", "tests/test_times_edges.py",
                                         "tests/test_times.py",
                                         "tests/test_times_tense.py", "tests/test_times_anchoring.py",
                                         "tests/test_times_conventions.py", "tests/test_times_timebank.py",
                                         "tests/test_times_mutants_s10.py", "tests/test_times_s10.py",
                                         "tests/test_times_mutants_s10b.py", "tests/test_times_mutants_s11.py",
                                         # sessions 11-15's times tests (s16-mut found them missing here)
                                         "tests/test_times_s11.py", "tests/test_times_s12.py", "tests/test_times_s13.py",
                                         "tests/test_times_s13_mutants.py", "tests/test_times_s13_tense.py",
                                         "tests/test_times_s15.py",
                                         # s20-mut's kills of s19-mut's / s19b-mut's open times survivors
                                         "tests/test_mut_s20_times.py",
                                         # s21-mut's kills of s17b-muttime's open _since_bound / _as_many survivors
                                         "tests/test_mut_s21_times.py",
                                         # sessions 16-23's times tests (the list had stopped at session 15's;
                                         # session 25 found them missing)
                                         "tests/test_times_s16.py", "tests/test_times_s17.py",
                                         "tests/test_times_s17c.py", "tests/test_times_s18.py",
                                         "tests/test_times_s19.py", "tests/test_times_s20.py",
                                         "tests/test_times_s20b.py", "tests/test_times_s21.py",
                                         "tests/test_times_s21b.py", "tests/test_mut17_times.py",
                                         "tests/test_mut17d_places_times.py", "tests/test_mut18b_times.py",
                                         "tests/test_mut_s19b_times.py", "tests/test_mut_s20b_times.py",
                                         "tests/test_mut_s21_times21.py", "tests/test_s22_time.py",
                                         "tests/test_s22b_mutnew.py", "tests/test_s23_time.py",
                                         "tests/test_s23_mutcore.py", "tests/test_s23b_mut.py",
                                         # s25-muttimes: the recorded open survivors of sessions 22-23
                                         "tests/test_s25_muttimes.py", "tests/test_s25_time.py",
                                         # s26-time: _reported_past's "since" bound in what a report says
                                         "tests/test_s26_time.py",
                                         # s26-times14: pattern_spans without fixed windows, _words_back, _trim
                                         "tests/test_s26_times14.py",
                                         # s26-reach: pattern_spans's reach computed from the patterns
                                         "tests/test_s26_reach.py",
                                         # sessions 28-45's times tests and s47-splitt's (s47-splitt found
                                         # the list stopped at session 26, so later rules met no test here)
                                         "tests/test_times_s28.py", "tests/test_times_s29.py",
                                         "tests/test_times_s29_anchor.py", "tests/test_times_s30_timeanchor.py",
                                         "tests/test_times_s32_time.py", "tests/test_times_s33_mutt.py",
                                         "tests/test_times_s33_time.py", "tests/test_times_s34_anchor.py",
                                         "tests/test_times_s34_lemma.py", "tests/test_times_s34_time.py",
                                         "tests/test_times_s35_clockpart.py", "tests/test_times_s35_decade_s.py",
                                         "tests/test_times_s36_tmiss.py", "tests/test_times_s36_wire.py",
                                         "tests/test_times_s37_tspan.py", "tests/test_times_s38_tcal.py",
                                         "tests/test_times_s39_tspan.py", "tests/test_times_s40_tdoc.py",
                                         "tests/test_times_s40_timeval.py", "tests/test_times_s41_tunf.py",
                                         "tests/test_times_s42_aquaint.py", "tests/test_times_s43_fin.py",
                                         "tests/test_times_s43_timeset.py", "tests/test_times_s45.py",
                                         "tests/test_s47_splitt.py"]),
    "quotes": ("src/newsgraph/attribution/stage.py", ["tests/test_quotes.py", "tests/test_quotes_helpers.py",
                                                     "tests/test_quotes_mutants.py", "tests/test_quotes_mutants_s7.py",
                                                     "tests/test_attribution_mutants_s7.py",
                                                     "tests/test_attribution_mutants_s7b.py",
                                                     "tests/test_quotes_mutants_s8.py",
                                                     "tests/test_quotes_mutants_s11.py",
                                                     "tests/test_quotes_mutants_s12.py",
                                                     "tests/test_attribution_mutants_s14.py",
                                                     "tests/test_attribution_mutants_s16.py",
                                                     # session 15's new functions (_label_agent, _raising_holder,
                                                     # _sentence_ends) are reached only by these two
                                                     "tests/test_attribution_s15.py",
                                                     "tests/test_attribution_mutants_s16_label.py",
                                                     # s16b-mutq's: _sentence_ends, _raising_holder, _label_agent, _headlines
                                                     "tests/test_attribution_mutants_s16b.py",
                                                     # s17-mut's: the bugs fixed in _named_colon, _according_content, extract_all
                                                     "tests/test_mut17_attribution.py",
                                                     # s20-mutattr's: group's QuotedSentences made once per judged document
                                                     "tests/test_mut_s20_attribution.py",
                                                     # s21-mut's kills of _verb_attribution run whole
                                                     "tests/test_mut_s21_quotes.py",
                                                     # s25-mutattr's: _credit_line's mention of any length
                                                     "tests/test_s25_mutattr.py",
                                                     # s25-attr's _composition_title, extract_all; s26-attr's _felt_attribution
                                                     "tests/test_s25_attr.py", "tests/test_s26_attr.py",
                                                     # the lead's session-26 review: _credit_line asks Mentions.starting
                                                     "tests/test_s26_lead.py"]),
    # the attribution helpers beside the stage (tests/test_attribution.py, ~30 s a run, is left out as for quotes)
    "speakers": ("src/newsgraph/attribution/speakers.py", ["tests/test_quotes_mutants.py",
                                                         "tests/test_attribution_mutants_s7.py",
                                                         "tests/test_attribution_mutants_s7b.py",
                                                         "tests/test_attribution_s10.py",
                                                         "tests/test_attribution_speakers_s10.py",
                                                         "tests/test_attribution_mutants_s11.py",
                                                         "tests/test_attribution_mutants_s14.py",
                                                         # s20-mutattr's: root_noun_subject, surname_subject, _phrase_last
                                                         "tests/test_mut_s20_attribution.py",
                                                         # s25-mutattr's: _inverted_subject
                                                         "tests/test_s25_mutattr.py",
                                                         # the lead's session-26 review: Mentions.starting
                                                         "tests/test_s26_lead.py"]),
    "indirect": ("src/newsgraph/attribution/indirect.py", ["tests/test_attribution_mutants_s7.py",
                                                         "tests/test_attribution_mutants_s7b.py",
                                                         "tests/test_quotes_mutants_s7.py", "tests/test_quotes_mutants.py",
                                                         "tests/test_attribution_mutants_s11.py",
                                                         "tests/test_attribution_mutants_s14_indirect.py",
                                                         "tests/test_attribution_mutants_s15_indirect.py",
                                                         "tests/test_attribution_mutants_s16_indirect.py",
                                                         "tests/test_attribution_mutants_s16b_indirect.py",
                                                         "tests/test_mut17_indirect.py", "tests/test_mut17b_indirect.py",
                                                         # s20-mutattr's: reduced_passive, as_content
                                                         "tests/test_mut_s20_attribution.py",
                                                         # s25-attr's and s26-attr's rules (felt_content), s26-times14's kills
                                                         "tests/test_s25_attr.py", "tests/test_s26_attr.py",
                                                         "tests/test_s26_indirect.py",
                                                         # s26-mutind's hand-built parses (_phrase_end, _without_aside,
                                                         # _writers_tail: a mark as the head, an aside on its comma)
                                                         "tests/test_s26_mutind.py",
                                                         # s28-mutsettle's (_without_aside 7, 53, _writers_tail 12)
                                                         "tests/test_s28_mutind.py"]),
    "structure": ("src/newsgraph/structure.py", ["tests/test_structure.py", "tests/test_structure_mutants_s12.py",
                                                 "tests/test_s25_mutattr.py"]),  # (s25-mutattr: _dateline)
    "read": ("src/newsgraph/read.py", ["tests/test_read.py"]),
    "coder": ("src/newsgraph/events/coder.py", ["tests/test_events_coder_mutants.py", "tests/test_coder_mutants_s7.py",
                                               "tests/test_events_session6.py", "tests/test_events_coder.py",
                                               "tests/test_events_session8_plover.py", "tests/test_events_mutants_s8.py",
                                               "tests/test_events_mutants_s9.py",
                                               "tests/test_events_coder_mutants_s10.py",
                                               "tests/test_events_coder_mutants_s11.py",
                                               # s10-plover's test of choose_sense's plural names
                                               "tests/test_events_acled_classes.py",
                                               # 80f7e12's test of _anonymity (32 of its 45 mutants are killed only there)
                                               "tests/test_events_newsroom_formulas.py",
                                               # the only file that calls _modal_candidate (48 of its 77 killed there)
                                               "tests/test_events_petrarch_modal.py",
                                               "tests/test_events_mutants_s12.py",
                                               # the only file whose dictionary has a %-compound (attach_participants 15, 17, 21)
                                               "tests/test_events_petrarch_args.py",
                                               # find_candidates 37, 45, 46 and 70, 71 are killed only there
                                               "tests/test_events_petrarch_combine.py", "tests/test_events_petrarch_verbs.py",
                                               "tests/test_events_mutants_s13.py",
                                               # s14-petr's cameo_sense helpers (_named_event_objects, _user_coded_actors) run only there
                                               "tests/test_events_cameo_untyped.py",
                                               # s15-mut's, s16-mut's and s16b-mutq's tests of the listed open survivors
                                               "tests/test_events_mutants_s15.py", "tests/test_events_mutants_s16.py",
                                               "tests/test_events_mutants_s16b.py",
                                               "tests/test_mut17_events.py",
                                               # s18-mut's kills of attach_participants' helpers (_possessing_speaker 2)
                                               "tests/test_mut18_events_actors.py",
                                               # sessions 18-20's coder tests (s21-mut ran s20-mutev's 195 unclassified survivors
                                               # against the list with these: 183 killed) and s21-mut's own kills
                                               "tests/test_mut_s19b_coder.py", "tests/test_mut_s20_events.py",
                                               "tests/test_events_acled_s20.py", "tests/test_events_acled_s20b.py",
                                               "tests/test_events_codebook_s20.py", "tests/test_events_s19_types.py",
                                               "tests/test_events_s18_plover.py", "tests/test_mut_s21_coder.py",
                                               # s25-mutcoder's kills and its pcomp/dative fix of responsible, _answered_by
                                               "tests/test_s25_mutcoder.py",
                                               # sessions 20-23's coder kills and triple readings (session 25
                                               # found them missing from the list)
                                               "tests/test_s22_mutcoder.py", "tests/test_s22_mutopen.py",
                                               "tests/test_s22c_mutev.py", "tests/test_s23_mutcoder.py",
                                               "tests/test_mut_s21_triple.py", "tests/test_events_s21_triple.py",
                                               "tests/test_s22_triple.py", "tests/test_s23_triple.py"]),
    # the events stage's own rules (session 8: headlines, referred-back events, past tellings, others' acts)
    "events_stage": ("src/newsgraph/events/stage.py", ["tests/test_events_news_detection.py",
                                                       "tests/test_events_session8_plover.py",
                                                       "tests/test_events_untyped.py", "tests/test_events_mutants_s8.py",
                                                       "tests/test_events_mutants_s9.py",
                                                       # s17's _content_place_target (s17b-mutev's kills)
                                                       "tests/test_events_content_place.py",
                                                       "tests/test_mut17_events_actors.py",
                                                       # s18-mut's kills of code_events 398, 426
                                                       "tests/test_mut18_events_actors.py",
                                                       # s18's own stage rules (s18b-mut: 18 more killed there)
                                                       "tests/test_events_anonymous_details.py",
                                                       "tests/test_events_acled_s18.py",
                                                       # s19-mut's kills of s18b-mut's 18 unclassified
                                                       "tests/test_mut_s19_stage.py"]),
    "headlines": ("src/newsgraph/events/headlines.py", ["tests/test_events_news_detection.py",
                                                        "tests/test_events_mutants_s8.py"]),
    "ontology": ("src/newsgraph/events/ontology.py", ["tests/test_events_ontology.py", "tests/test_events_untyped.py",
                                                      "tests/test_events_lexicon.py", "tests/test_events_mutants_s8.py"]),
    # (syntax is tested through the coder's sentences: its two own files left 552 of 573 mutants alive)
    "syntax": ("src/newsgraph/events/syntax.py", ["tests/test_events_subjects.py",
                                                  "tests/test_events_petrarch_transform_mutants.py",
                                                  "tests/test_events_coder_mutants.py", "tests/test_events_coder.py",
                                                  "tests/test_events_session8_plover.py",
                                                  "tests/test_events_mutants_s9.py",
                                                  # s19-mut's: subjects / split_subject asked directly
                                                  "tests/test_mut_s19_syntax.py",
                                                  # s20-mut's: hand-built parses for each rule's edges
                                                  "tests/test_mut_s20_syntax.py"]),
    "dates": ("src/newsgraph/dates.py", ["tests/test_dates.py"]),
    "stage": ("src/newsgraph/stage.py", ["tests/test_stage_contract.py"]),
    "cache": ("src/newsgraph/cache.py", ["tests/test_cache.py"]),
    "store": ("src/newsgraph/corpus/store.py", ["tests/test_corpus_issues.py", "tests/test_corpus_store.py"]),
    "cameo_dict": ("src/newsgraph/actors/cameo_dict.py", ["tests/test_actors_cameo_dict.py",
                                                          "tests/test_actors_user_countries.py",
                                                          "tests/test_actors_compound_codes.py",
                                                          "tests/test_actors_code_blocks_s8.py"]),
    "petrarch_transform": ("src/newsgraph/events/petrarch_transform.py",
                           ["tests/test_events_petrarch_transform.py", "tests/test_events_petrarch_transform_mutants.py",
                            "tests/test_events_petrarch_args.py", "tests/test_events_mutants_s9.py"]),
    "petrarch_combine": ("src/newsgraph/events/petrarch_combine.py",
                         ["tests/test_events_petrarch_combine.py", "tests/test_events_petrarch_combine_mutants.py"]),
    "acled": ("src/newsgraph/evaluate/acled.py", ["tests/test_evaluate_acled.py", "tests/test_evaluate_acled_mutants.py"]),
    "places_fine": ("src/newsgraph/evaluate/places_fine.py",
                    ["tests/test_evaluate_places_fine.py", "tests/test_evaluate_places_fine_mutants.py"]),
}
_CLEAR_CACHES = """

@pytest.fixture(autouse=True)
def _mutmut_clear_caches():
    import importlib

    mod = importlib.import_module("{module}")
    for obj in list(vars(mod).values()):
        if callable(getattr(obj, "cache_clear", None)):
            obj.cache_clear()
    yield
"""


def scratch_copy(work: Path, module: str, tests: list[str] | None = None) -> Path:
    source, own = MODULES[module]
    tests = [t for t in (tests or own) if (ROOT / t).exists()]  # a *_mutants.py file may not be written yet
    dest = work / module
    import mutloop  # (beside this file) the one copy of the project both runners use

    mutloop.scratch_copy(ROOT, dest)
    # mutmut forks every mutant's test run from a process that has already run the tests once, so a
    # function behind a cache (timex._normalize is an lru_cache) would answer from the cache and its
    # mutants would "survive" untested: empty the module's caches before each test.
    with open(dest / "tests" / "conftest.py", "a") as fh:
        fh.write(_CLEAR_CACHES.format(module="newsgraph." + _dotted(module)))
    (dest / "setup.cfg").write_text(
        "[mutmut]\n"
        f"only_mutate={source}\n"
        "also_copy=\n    examples\n    gold\n    scripts\n"
        "pytest_add_cli_args_test_selection=\n" + "".join(f"    {t}\n" for t in tests)
        + "pytest_add_cli_args=\n    -p\n    no:cacheprovider\n    -x\n    -q\n")
    return dest


def run_module(work: Path, module: str, only: list[str], children: int, tests: list[str] | None = None) -> dict:
    dest = scratch_copy(work, module, tests)
    # mutmut names functions x_NAME and methods xǁClassǁNAME: --only 'Participants.resolve*' picks a method
    pattern = [f"newsgraph.{_dotted(module)}." + ("xǁ" + o.replace(".", "ǁ", 1) if "." in o else f"x_{o}") for o in only]
    with open(dest / "mutmut-run.log", "w") as log:  # its progress bar is one very long line
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children), *pattern], cwd=dest,
                       stdout=log, stderr=subprocess.STDOUT, check=False)
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=dest, capture_output=True,
                         text=True, check=False).stdout
    counts: dict[str, int] = {}
    survivors = []
    for line in out.splitlines():
        m = re.match(r"\s+(\S+): (.+)$", line)
        if m:
            counts[m.group(2)] = counts.get(m.group(2), 0) + 1
            if m.group(2) == "survived":
                survivors.append(m.group(1))
    return {"module": module, "counts": counts, "survivors": survivors, "dir": str(dest)}


def run_fast(args) -> int:
    """Each module's mutants through scripts/mutloop.py (the same mutants as `mutmut run` makes, by name)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import mutloop

    rc = 0
    for module in args.modules or list(MODULES):
        ns = argparse.Namespace(module=module, only=args.only, tests=args.tests, work=str(Path(args.work) / module),
                                project=str(ROOT), names=None, timeout=args.timeout, no_memo=False, resume=False,
                                keep=None, all_tests=False, tb="native")
        rc = mutloop.run(ns) or rc
    return rc


def _dotted(module: str) -> str:
    return MODULES[module][0].removeprefix("src/newsgraph/").removesuffix(".py").replace("/", ".")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*", choices=[*MODULES, []], help="default: all")
    ap.add_argument("--only", action="append", default=[], help="function-name glob within the module (repeatable)")
    ap.add_argument("--work", default=str(ROOT / "mutants-work"), help="scratch directory (default: ./mutants-work)")
    ap.add_argument("--children", type=int, default=2, help="mutants tested in parallel")
    ap.add_argument("--tests", action="append", default=[],
                    help="test file to run instead of the module's own (repeatable): a quick first pass with the "
                         "fast tests; the counts that go in docs/testing.md come from the module's own test files")
    ap.add_argument("--fast", action="store_true",
                    help="run the mutants with scripts/mutloop.py (one pytest process, parse memo) instead of mutmut run")
    ap.add_argument("--timeout", type=float, default=60.0, help="--fast: seconds one test may take under a mutant")
    args = ap.parse_args()
    if args.fast:
        sys.exit(run_fast(args))
    results = [run_module(Path(args.work), m, args.only, args.children, args.tests)
               for m in (args.modules or list(MODULES))]
    for r in results:
        print(f"{r['module']}: " + ", ".join(f"{n} {k}" for k, n in sorted(r["counts"].items())))
        for s in r["survivors"]:
            print(f"    survived: {s}   (see: cd {r['dir']} && mutmut show {s})")


if __name__ == "__main__":
    main()
