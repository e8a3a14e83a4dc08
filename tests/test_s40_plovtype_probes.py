"""Session 40 (s40-plovtype): event TYPE across the PLOVER manual's boundaries, on own sentences.

Each sentence is our own wording (invented people and groups; real countries so that actors are coded), none
taken from an evaluation corpus. Each label is read from the PLOVER manual's definition or its "Potential
ambiguities" list for the boundary named in the third field, not from any gold record. Regression probes,
written and committed before their first run; the case is the type the evaluation counts, the best-ranked
asserted event (`evaluate.events._rank`, `asserted`), as in tests/test_s27_typeprobe.py.
"""

import pytest

from eventsutil import top_type, type_probe_params

# (sentence, PLOVER type by the manual, boundary crossed)
PROBES = [
    # CONCEDE: "easing of administrative or legal restrictions ..., removing curfews"; imposing one is COERCE
    ("The military governor of Kassala shortened the nightly curfew by two hours.", "CONCEDE", "concede/coerce"),
    ("Authorities in Niger relaxed the curfew imposed on Niamey after last month's unrest.", "CONCEDE", "concede/coerce"),
    ("Chad's interior minister reduced the curfew in N'Djamena to four hours a night.", "CONCEDE", "concede/coerce"),
    ("The junta in Guinea loosened restrictions on opposition rallies.", "CONCEDE", "concede/coerce"),
    ("Zambia's president scrapped the ban on two opposition newspapers.", "CONCEDE", "concede/coerce"),
    ("The Sri Lankan government eased travel restrictions on the northern districts.", "CONCEDE", "concede/coerce"),
    ("Police in Dhaka extended the curfew by another 48 hours.", "COERCE", "concede/coerce"),
    ("Togo's government imposed a dusk-to-dawn curfew on Lome.", "COERCE", "concede/coerce"),
    # CONCEDE "Formal pardons, acquittals, and amnesties"; "the actual release ... of prisoners" is RETREAT
    ("President Mwangi Oduya pardoned 40 opposition activists jailed after the election.", "CONCEDE", "concede/retreat"),
    ("Ethiopia granted an amnesty to rebels who lay down their arms.", "CONCEDE", "concede/retreat"),
    ("Kenya freed 40 opposition activists from prison on Monday.", "RETREAT", "concede/retreat"),
    ("The rebels released the two Norwegian engineers they had held for a month.", "RETREAT", "concede/retreat"),
    # CONCEDE: "Expressions of regret or remorse"
    ("Japan's prime minister expressed regret over the deaths of Korean labourers.", "CONCEDE", "concede/support"),
    ("The Dutch government apologised to Indonesia for killings in the colonial era.", "CONCEDE", "concede/support"),
    # CONCEDE: "Announcements of future retreats should be coded as CONCEDE"
    ("Rwanda announced it would withdraw its troops from eastern Congo.", "CONCEDE", "future retreat"),
    ("The rebel commander Tano Abiri said his fighters would pull out of the town next week.", "CONCEDE", "future retreat"),
    # AGREE: future CONSULT/SUPPORT/COOPERATE/AID, "invitations for state visits"
    ("Brazil will send 200 tonnes of food aid to Haiti next month.", "AGREE", "future cooperation"),
    ("The foreign ministers of Peru and Chile will meet in Lima next week.", "AGREE", "future cooperation"),
    ("Egypt invited the Sudanese president for a state visit.", "AGREE", "future cooperation"),
    # ASSAULT: "Combatants captured during conflict should be coded as ASSAULT `abduct' rather than COERCE `arrest'"
    ("Government troops captured 30 rebel fighters near the border with Sudan.", "ASSAULT", "assault/coerce"),
    ("The army said it had captured a senior commander of the Kivu militia during clashes.", "ASSAULT", "assault/coerce"),
    ("Police in Nairobi arrested 12 suspected drug dealers.", "COERCE", "assault/coerce"),
    ("Militants abducted three aid workers in Darfur.", "ASSAULT", "assault/coerce"),
    ("Soldiers opened fire on demonstrators in Mandalay.", "ASSAULT", "assault/coerce"),
    ("Police raided the offices of the opposition newspaper in Harare.", "COERCE", "assault/coerce"),
    ("Security forces confiscated the passports of 20 Azerbaijani journalists.", "COERCE", "assault/coerce"),
    # REJECT: bars from entering its territory; expelled from a country is COERCE
    ("Hungary barred a group of Syrian activists from entering the country.", "REJECT", "reject/coerce"),
    ("Israel denied entry to a delegation of European lawmakers.", "REJECT", "reject/coerce"),
    ("Uganda expelled two German aid workers.", "COERCE", "reject/coerce"),
    ("Thailand deported 100 Uighurs to China.", "COERCE", "reject/coerce"),
    # REJECT: "Cancellation of meetings"
    ("Pakistan called off talks with India scheduled for next week.", "REJECT", "reject/sanction"),
    ("The Turkish foreign minister cancelled his visit to Athens.", "REJECT", "reject/sanction"),
    # SANCTION: "Withdrawal of military aid or other assistance"; reductions in relations; diplomats expelled
    ("The United States suspended military aid to Egypt.", "SANCTION", "sanction/reject"),
    ("Germany cut off development aid to Burundi.", "SANCTION", "sanction/reject"),
    ("Argentina broke off diplomatic relations with Nicaragua.", "SANCTION", "sanction/coerce"),
    ("Lithuania expelled three Russian diplomats.", "SANCTION", "sanction/coerce"),
    ("Belarusian police detained 40 protesters in Minsk.", "COERCE", "sanction/coerce"),
    # AID: hostage rescues; military for disaster relief
    ("Nigerian troops rescued 20 kidnapped schoolgirls from a forest camp.", "AID", "aid/retreat"),
    ("French commandos freed four hostages held by gunmen in Mali.", "AID", "aid/retreat"),
    ("Pakistan deployed troops to help flood victims in Sindh.", "AID", "aid/mobilize"),
    # COERCE arrest: convictions with imprisonment
    ("A court in Minsk sentenced the opposition activist Lev Drozdik to six years in prison.", "COERCE", "coerce/sanction"),
    # THREATEN: "Issuing an in-absentia arrest"
    ("A Turkish court issued an arrest warrant in absentia for the exiled cleric Ahmet Duran.", "THREATEN", "threaten/coerce"),
    # ACCUSE: summoning an ambassador to complain; diplomatic protests; investigations
    ("Poland summoned the Russian ambassador to protest the missile strike.", "ACCUSE", "accuse/consult"),
    ("Algeria summoned the French envoy over the minister's remarks.", "ACCUSE", "accuse/consult"),
    ("China lodged a formal protest with Japan over the visit.", "ACCUSE", "accuse/protest"),
    ("The United Nations launched an investigation into the killing of civilians in Tigray.", "ACCUSE", "accuse/consult"),
    ("Thousands of people marched in Harare to protest against fuel prices.", "PROTEST", "accuse/protest"),
    # PROTEST obstruct vs COERCE restrict
    ("Students blocked the main highway into Dhaka to protest against a job quota.", "PROTEST", "protest/coerce"),
    ("Dockworkers in Piraeus went on strike over pay.", "PROTEST", "protest/coerce"),
    # AGREE: "When one or more parties to a conflict call for ending the conflict"
    ("The rebel leader Idris Kamara called for an end to the fighting with the government.", "AGREE", "agree/request"),
    # CONCEDE: "Withdrawing a demand"
    ("The opposition dropped its demand for the prime minister's resignation.", "CONCEDE", "concede/request"),
    # REQUEST vs REJECT vs THREATEN vs ACCUSE
    ("Hungary demanded that Ukraine restore minority language rights.", "REQUEST", "request/reject/threaten"),
    ("Ukraine refused to restore the minority language rights.", "REJECT", "request/reject/threaten"),
    ("Moldova threatened to expel Russian diplomats.", "THREATEN", "request/reject/threaten"),
    ("Ghana rejected the IMF's call for spending cuts.", "REJECT", "request/reject/threaten"),
    ("Lebanon accused Israel of violating its airspace.", "ACCUSE", "accuse/request"),
    ("Lebanon urged Israel to stop violating its airspace.", "REQUEST", "accuse/request"),
    ("Russia refused to withdraw its forces from Transnistria.", "REJECT", "reject/retreat"),
    # CONSULT vs COOPERATE vs SUPPORT vs AGREE
    ("The presidents of Kenya and Tanzania held talks in Arusha.", "CONSULT", "consult/cooperate"),
    ("Kenya and Tanzania signed a trade pact.", "SUPPORT", "consult/cooperate"),
    ("Kenya and Tanzania exchanged intelligence on the militants.", "COOPERATE", "consult/cooperate"),
    ("Vietnam and Laos agreed to share intelligence on drug smugglers.", "AGREE", "consult/cooperate"),
    # AID vs COOPERATE; COOPERATE (joint exercises) vs MOBILIZE (one country's)
    ("Japan gave $50 million in aid to Sri Lanka.", "AID", "aid/cooperate"),
    ("The navies of India and France held joint exercises in the Arabian Sea.", "COOPERATE", "cooperate/mobilize"),
    ("Iran held naval exercises in the Strait of Hormuz.", "MOBILIZE", "cooperate/mobilize"),
    # SANCTION vs COERCE (formal sanctions; the mapping's 163 is COERCE `restrict')
    ("Canada imposed travel bans on twelve Belarusian officials.", "COERCE", "sanction/coerce"),
]

# Missed on our final tree (all missed on the base too; docs/accuracy.md, Session 40, s40-plovtype, says why): kept as
# strict expected failures, so that a change that codes one of them shows.
KNOWN_MISSES = frozenset({
    'The junta in Guinea loosened restrictions on opposition rallies.',
    "Japan's prime minister expressed regret over the deaths of Korean labourers.",
    'The Dutch government apologised to Indonesia for killings in the colonial era.',
    'Rwanda announced it would withdraw its troops from eastern Congo.',
    'The rebel commander Tano Abiri said his fighters would pull out of the town next week.',
    'Egypt invited the Sudanese president for a state visit.',
    'Hungary barred a group of Syrian activists from entering the country.',
    'Uganda expelled two German aid workers.',
    'Pakistan called off talks with India scheduled for next week.',
    'The Turkish foreign minister cancelled his visit to Athens.',
    'The rebel leader Idris Kamara called for an end to the fighting with the government.',
})


@pytest.mark.parametrize("text, type_, boundary", type_probe_params(PROBES, KNOWN_MISSES, "missed on the base too"))
def test_probe_type(pipeline, text, type_, boundary):
    assert top_type(pipeline, text) == type_
