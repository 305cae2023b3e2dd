"""Provenance: facts about the source (publisher, credits, authors, dates, URLs...)."""
