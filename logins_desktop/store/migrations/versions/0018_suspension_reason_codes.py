"""suspension reasons recorded by the path's form as codes: the form stored its own words, in the
language of the screen that day; the path now shows a code in the reader's language

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 20:10:00
"""

from alembic import op
from sqlalchemy import text

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# The form's four words in French and in English, as it wrote them until now. Words typed at the
# command line stay as they are.
_CODES = {
    'sick_leave': ("Arrêt maladie", "Sick leave"),
    'company_immersion': ("Immersion en entreprise", "Immersion in a company"),
    'trial_elsewhere': ("Période d'essai ailleurs", "Trial period elsewhere"),
    'other': ("Autre motif", "Other reason"),
}


def upgrade() -> None:
    for code, words in _CODES.items():
        for word in words:
            op.get_bind().execute(text("UPDATE insertion_suspensions SET reason = :code WHERE reason = :word"),
                                  {"code": code, "word": word})


def downgrade() -> None:
    for code, (french, _english) in _CODES.items():
        op.get_bind().execute(text("UPDATE insertion_suspensions SET reason = :word WHERE reason = :code"),
                              {"code": code, "word": french})
