"""Named entities: recognition (CRF tagger, KB look-up) and linking."""
