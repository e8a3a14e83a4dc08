"""Clusters into Entities (emit.py): order and ids, names, mentions, codes, references, non-actors."""

from types import SimpleNamespace

from newsgraph.actors import codes, emit
from newsgraph.actors.article import ActorCluster, ActorMention
from newsgraph.actors.tables import tables
from test_actors_article import context_after

TEXT = "Mr. Karimi met the Iraqi ambassador. Ahmed Karimi said Iraq would help, and his aide agreed."


def _ctx(clusters=(), debris=()):
    return SimpleNamespace(text=TEXT, clusters=list(clusters), debris=list(debris),
                           res=SimpleNamespace(tables=tables()))


def _m(text, kind="name", label="PERSON", nth=0):
    start = TEXT.index(text) if nth == 0 else TEXT.index(text, TEXT.index(text) + 1)
    return ActorMention(0, 1, start, start + len(text), text, label, kind=kind)


def test_ids_by_first_mention_names_and_references():
    karimi = ActorCluster(type="PERSON", mentions=[_m("Ahmed Karimi"), _m("Mr. Karimi"), _m("his", "pronoun")],
                          country="IRQ", sector="GOV", role="Interior Minister")
    aide = ActorCluster(type="PERSON", mentions=[_m("aide", "nominal")], anchor=karimi, attrs={"of": karimi})
    iraq = ActorCluster(type="GPE", mentions=[_m("Iraq", nth=1)], name="Iraq", country="IRQ")
    empty = ActorCluster(type="ORG")  # merged into another: no entity
    out = emit.entities(_ctx([iraq, aide, empty, karimi]))
    assert [e.id for e in out] == ["e1", "e2", "e3"] and [e.name for e in out] == ["Ahmed Karimi", "Iraq", "aide"]
    k = out[0]
    assert [m.text for m in k.mentions] == ["Mr. Karimi", "Ahmed Karimi", "his"] and k.aliases == ["Mr. Karimi"]
    assert (k.actor.code, k.actor.role) == ("IRQGOV", "Interior Minister")
    assert out[2].attrs["of"] == "e1" and out[1].actor.code == "IRQ"


def test_codes_former_agent_and_dictionary():
    def code(**kw):
        attrs = kw.pop("attrs", {})
        c = ActorCluster(type="PERSON", mentions=[_m("Ahmed Karimi")], attrs=attrs, **kw)
        return emit.entity(_ctx(), c, {c: "e1"}).actor

    assert code(country="IRQ", sector="GOV", former=True).code == "IRQELI"  # former officials are elites
    assert code(country="IRQ", sector="GOV", attrs={"agent": ("GOVFRM", False)}).code == "IRQGOVFRM"
    assert code(country="IRQ", attrs={"agent": ("NGO", True)}).code == "NGOIRQ"
    assert code(country="IRQ", sector="REB", code="IRQREB", attrs={"code_source": "dictionary"}).code == "IRQREB"
    assert code() is None and code(country="IRQ", attrs={"actor": False}) is None


def test_non_actors_follow_grouped():
    credit = [_m("Ahmed Karimi"), _m("Mr. Karimi")]
    for m in credit:
        m.sect = "credit"
    credit[1].text = "Ahmed  Karimi"  # the same folded name: one entity
    out = emit.entities(_ctx(debris=credit))
    (e,) = out
    assert e.attrs == {"section": "credit", "actor": False} and len(e.mentions) == 2 and e.actor is None


def test_entities_of_an_article(pipeline):
    ctx = context_after(pipeline, "Secretary of State Marco Rubio spoke on Monday, and his spokesperson Tommy "
                                  "Pigott said talks would go on.", codes.assign_codes)
    out = {e.name: e for e in emit.entities(ctx)}
    rubio, pigott = out["Marco Rubio"], out["Tommy Pigott"]
    assert rubio.attrs["kb"] == "Marco Rubio" and rubio.actor.code == "USAGOV"
    assert pigott.attrs["of"] == rubio.id and pigott.actor.code == "USAGOV"
    assert all(ctx.text[m.start:m.end] == m.text for e in out.values() for m in e.mentions)
