"""Boilerplate filters: context-free phrase tables first, then context-sensitive passes."""
