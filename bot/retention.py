"""How long the database keeps what it stores; ``/privacy`` states the same figures.

A module of its own so that the texts that quote them need not import the database code.
"""

UNANSWERED_DAYS = 90  # also the question texts of 👎 votes
ADMIN_LOG_DAYS = 365  # also organizers' marks: questions taught or out of scope
