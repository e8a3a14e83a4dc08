"""Events: a PLOVER event coder with CAMEO codes, modes, factuality flags, dates, places and evidence."""
