"""Make the golden database for the newest schema version: `python tests/golden/make_golden.py`.

Run once per released schema version and commit the file; the migration tests upgrade
every golden database to the newest schema and check the data came through.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from db.engine import make_engine  # noqa: E402
from db.migrate import head_revision, upgrade  # noqa: E402

ROWS = """
INSERT INTO office (id, role, code, name_kk, name_ru, is_self, created_at)
  VALUES (1, 'akimat', '196435100', 'Қосшы ауылдық округі әкімінің аппараты',
          'Аппарат акима Косшынского сельского округа', 1, '2026-01-05 09:00:00');
INSERT INTO staff (id, office_id, login, surname, name, role, active, failed_logins, created_at)
  VALUES (1, 1, 'specialist', 'Сейітова', 'Әсел', 'specialist', 1, 0, '2026-01-05 09:00:00');
INSERT INTO applicant (id, iin, surname, name, patronymic, search_key, sort_key, created_at, updated_at)
  VALUES (1, '791028302728', 'Әбдіғалиев', 'Ерлан', 'Серікұлы', 'абдигалиев ерлан серикулы', '',
          '2026-01-06 10:00:00', '2026-01-06 10:00:00');
INSERT INTO application (id, uuid, office_id, year, number, incoming_number, service_code, channel,
  applicant_id, registered_at, accepted_by_id, status, due_at, updated_at)
  VALUES (1, '6f1c1f5e-0000-4000-8000-000000000001', 1, 2026, 1, '1/2026', 'asp', 'akim', 1,
          '2026-01-06 10:00:00', 1, 'registered', '2026-02-06 18:00:00', '2026-01-06 10:00:00');
INSERT INTO journal_counter (office_id, year, last_number) VALUES (1, 2026, 1);
"""


def main() -> None:
    rev = head_revision()
    out = Path(__file__).with_name(f"schema-{rev}.sqlite")
    out.unlink(missing_ok=True)
    engine = make_engine(out)
    upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(out)
    con.executescript(ROWS)
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
    con.close()
    print(out)


if __name__ == "__main__":
    main()
