"""Signed review decisions: each person's signing key, the force's list of review leads, and the history chain.

Plain Python, using the ``cryptography`` library's Ed25519 signatures.
"""
