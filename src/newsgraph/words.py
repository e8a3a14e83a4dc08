"""Word lists more than one stage reads: shared vocabulary, owned by no stage.

Stages read each other's results from the document only; when two of them must agree on what a word
means (the actors stage placing a role, the events stage resolving an argument), the list lives here
rather than in one stage's module for the other to import.
"""

from __future__ import annotations

# Relational nouns whose possessor is someone else: "Israel's militia ally", "its neighbour", "Iran's
# rivals", "his Freedonian counterpart" (a Freedonian, not his). Neither a role's country (actors) nor
# an event's argument (events) is read from their possessor.
OTHERS_OF = frozenset({"ally", "neighbor", "neighbour", "rival", "enemy", "foe", "opponent", "adversary", "proxy",
                       "partner", "friend", "client", "counterpart"})
