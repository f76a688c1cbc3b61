/**
 * Councils (domain.md §2): the roster with roles, voting flag and terms; each council's quorum and tie
 * rule as data, with its source, and its voting-rule overrides per award form × subject type; the
 * council a movement is considered by; sessions with attendance. A concluded session keeps a snapshot
 * of its roster and quorum rule, so later edits of the roster or the rules never change it.
 */
export const sql = `
CREATE TABLE councils (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL,
  issuing_body     TEXT,
  decision_number  TEXT,
  decision_date    TEXT,
  valid_from       TEXT NOT NULL,
  valid_to         TEXT,
  note             TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (valid_to IS NULL OR valid_from <= valid_to)
) STRICT;

CREATE TABLE council_members (
  id          INTEGER PRIMARY KEY,
  council_id  INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
  full_name   TEXT NOT NULL,
  position    TEXT,
  role        TEXT NOT NULL CHECK (role IN ('chu_tich', 'pho_chu_tich_thuong_truc', 'pho_chu_tich', 'uy_vien',
                                            'thu_ky')),
  is_voting   INTEGER NOT NULL CHECK (is_voting IN (0, 1)),
  term_from   TEXT NOT NULL,
  -- NULL: until the council's own end.
  term_to     TEXT,
  sort_order  INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (term_to IS NULL OR term_from <= term_to)
) STRICT;
CREATE INDEX council_members_council ON council_members (council_id, sort_order, id);
CREATE INDEX council_members_role ON council_members (council_id, role);

-- One row per council (created with the council): quorum over the voting members, tie rule, source.
CREATE TABLE council_rules (
  council_id         INTEGER PRIMARY KEY REFERENCES councils (id) ON DELETE CASCADE,
  quorum_num         INTEGER NOT NULL CHECK (quorum_num > 0),
  quorum_den         INTEGER NOT NULL CHECK (quorum_den > 0 AND quorum_num <= quorum_den),
  quorum_comparator  TEXT NOT NULL CHECK (quorum_comparator IN ('gte', 'gt')),
  tie_rule           TEXT NOT NULL CHECK (tie_rule IN ('second_round', 'chair_decides')),
  source             TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

-- The council's own regulation replacing the catalogue default (award_forms.default_voting_rule_code).
-- subject_type NULL: every subject type of the form.
CREATE TABLE council_voting_overrides (
  id                INTEGER PRIMARY KEY,
  council_id        INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
  award_form_code   TEXT NOT NULL REFERENCES award_forms (code),
  subject_type      TEXT CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  voting_rule_code  TEXT NOT NULL REFERENCES voting_rules (code),
  source            TEXT
) STRICT;
CREATE UNIQUE INDEX council_voting_overrides_key
  ON council_voting_overrides (council_id, award_form_code, COALESCE(subject_type, ''));

ALTER TABLE movements ADD COLUMN council_id INTEGER REFERENCES councils (id) ON DELETE SET NULL;
CREATE INDEX movements_council ON movements (council_id);

CREATE TABLE council_sessions (
  id                 INTEGER PRIMARY KEY,
  council_id         INTEGER NOT NULL REFERENCES councils (id),
  movement_id        INTEGER NOT NULL REFERENCES movements (id),
  period_code        TEXT,
  date               TEXT NOT NULL,
  start_time         TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  place              TEXT,
  note               TEXT,
  status             TEXT NOT NULL CHECK (status IN ('draft', 'concluded')),
  concluded_at       TEXT,
  -- The quorum rule in force when the session concluded (snapshot).
  quorum_num         INTEGER,
  quorum_den         INTEGER,
  quorum_comparator  TEXT CHECK (quorum_comparator IS NULL OR quorum_comparator IN ('gte', 'gt')),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK ((status = 'concluded') = (concluded_at IS NOT NULL))
) STRICT;
CREATE INDEX council_sessions_council ON council_sessions (council_id, date);
CREATE INDEX council_sessions_movement ON council_sessions (movement_id, period_code);

-- A member's name, position, role and voting flag are copied in when the session concludes.
CREATE TABLE session_attendance (
  session_id       INTEGER NOT NULL REFERENCES council_sessions (id) ON DELETE CASCADE,
  member_id        INTEGER NOT NULL REFERENCES council_members (id),
  status           TEXT NOT NULL CHECK (status IN ('present', 'absent', 'absent_written')),
  reason           TEXT,
  member_name      TEXT,
  member_position  TEXT,
  member_role      TEXT,
  member_voting    INTEGER CHECK (member_voting IS NULL OR member_voting IN (0, 1)),
  sort_order       INTEGER,
  updated_at       TEXT NOT NULL,
  PRIMARY KEY (session_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_attendance_member ON session_attendance (member_id);
`;
