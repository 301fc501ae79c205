"""Named entities and actors: lexicons, contextual rules, a CRF and within-document coreference.

The stage (:mod:`hadath.ner.stage`) fills ``doc.entities``; see ``MODEL_CARD.md`` for the
shipped CRF.
"""
