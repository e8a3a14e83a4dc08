"""Session 10, s10-speakers: speakers of direct quotes framed by a lexicon verb of speaking or writing
outside the short list of verbs of saying (sentences of our own)."""


def quote_speaker(doc, start: str):
    found = [a for a in doc.attributions if a.content and a.content[0].text.lstrip("“\"").startswith(start)]  # a quote's content opens with its mark
    assert found, f"no attribution for {start!r}: {[(a.cue and a.cue.text, [p.text for p in a.content]) for a in doc.attributions]}"
    a = found[0]
    return a, (doc.entity(a.speaker).name if a.speaker else None)


def test_direct_quote_governed_by_a_speech_verb_of_the_lexicon(pipeline):
    # "lamented" is no SAY_VERBS verb but a speech cue of the lexicon: it governs the whole quote
    doc = pipeline.extract("Mark Dalton lost the race for mayor. He later lamented, “We never had the money to compete.”")
    a, name = quote_speaker(doc, "We never had the money")
    assert a.cue.text == "lamented"
    assert name == "Mark Dalton"


def test_speech_verb_the_parser_hung_on_the_quote(pipeline):
    # "pointed out" in an "As …" clause before the opening mark: the parser makes it an aside of the quote's
    # own clause, so no verb governs the passage; the nearest verb before the mark is the cue
    doc = pipeline.extract("The council met on Monday. As Jane Byler pointed out in December, "
                           "“The week before the vote is when the delegates decide.”")
    a, name = quote_speaker(doc, "The week before the vote")
    assert a.cue.text == "pointed"
    assert name == "Jane Byler"


def test_thought_verb_before_a_quote_is_not_its_cue(pipeline):
    # a verb of thinking or fearing does not quote anyone: only speech and writing verbs frame a direct quote
    doc = pipeline.extract("The council met on Monday. As Jane Byler feared in December, "
                           "“The week before the vote is when the delegates decide.”")
    assert not any(a.cue is not None and a.cue.text == "feared" for a in doc.attributions)


def test_participle_after_said_is_the_reporters_act(pipeline):
    # '“…,” he said, blaming …': the parser hangs the participle on the quote's words; a free adjunct set off
    # right after a finite verb shares that verb's subject
    doc = pipeline.extract("Ralph Toller spoke for an hour. “Too much hate,” he said, blaming some of it on the new mayor.")
    a = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "blaming")
    assert a.source is not None and a.source.text == "he"
    assert doc.entity(a.speaker).name == "Ralph Toller"
