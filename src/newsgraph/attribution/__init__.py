"""Attribution: who is reported as saying, writing, believing or intending what (stage `quotes`).

Modules by job: `marks` (quotation marks), `lexicon` (the cue lexicon, data/cues.tsv), `indirect`
(the content a cue governs), `speakers` (source phrase -> entity), `filter` (the learned candidate
filter, data/filter.json), `stage` (the stage: candidates, grouping into attributions, quotes[]).
`newsgraph.quotes` re-exports the stage for existing callers.
"""
