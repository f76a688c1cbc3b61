/**
 * Council voting (domain.md §2.2, §4.5–4.6): rounds of ballots (round 1 over the agenda, later rounds
 * among nominees tied at a group's cut-off), numbered ballots with one mark per nominee, or totals per
 * nominee; written opinions of absent members; chair decisions on ties; the results frozen at conclusion;
 * nomination outcomes; corrections recorded as new acts. Triggers keep a concluded session's voting data
 * immutable whatever code runs against the file.
 */

/** Refuses writes to `table` once the session reached through `sessionOf` has concluded. */
function frozen(table: string, sessionOf: (row: 'NEW' | 'OLD') => string): string {
  const guard = (op: 'INSERT' | 'UPDATE' | 'DELETE', row: 'NEW' | 'OLD') => `
CREATE TRIGGER ${table}_frozen_${op.toLowerCase()} BEFORE ${op} ON ${table}
WHEN (SELECT status FROM council_sessions WHERE id = (${sessionOf(row)})) = 'concluded'
BEGIN SELECT RAISE(ABORT, 'Phiên họp đã kết thúc: dữ liệu bỏ phiếu không sửa được (đính chính bằng văn bản riêng).'); END;`;
  return guard('INSERT', 'NEW') + guard('UPDATE', 'OLD') + guard('DELETE', 'OLD');
}

const roundSession = (row: string) =>
  `SELECT session_id FROM voting_rounds WHERE id = ${row}.round_id`;
const sectionSession = (row: string) =>
  `SELECT r.session_id FROM round_sections s JOIN voting_rounds r ON r.id = s.round_id WHERE s.id = ${row}.section_id`;

export const sql = `
-- What more "Đồng ý" than a section's quota does, and whether ballots carry numbers (the council's choice).
ALTER TABLE council_rules ADD COLUMN over_quota_rule TEXT NOT NULL DEFAULT 'ballot_invalid'
  CHECK (over_quota_rule IN ('ballot_invalid', 'section_invalid'));
ALTER TABLE council_rules ADD COLUMN numbered_ballots INTEGER NOT NULL DEFAULT 1 CHECK (numbered_ballots IN (0, 1));

-- The ballot rule and tie rule in force when the session concluded (snapshot, like the quorum rule).
ALTER TABLE council_sessions ADD COLUMN over_quota_rule TEXT
  CHECK (over_quota_rule IS NULL OR over_quota_rule IN ('ballot_invalid', 'section_invalid'));
ALTER TABLE council_sessions ADD COLUMN tie_rule TEXT
  CHECK (tie_rule IS NULL OR tie_rule IN ('second_round', 'chair_decides'));

-- Presets from councils' own regulations (domain.md §2.2 table), for councils to choose from.
INSERT INTO voting_rules (code, name, method, base, threshold_num, threshold_den, comparator,
                          allow_written_from_absent, source, valid_from, valid_to) VALUES
  ('tt35_2015_70_du_hop', 'Đồng ý từ 70% trở lên tính trên số thành viên dự họp hoặc cho ý kiến bằng văn bản',
   'secret_ballot', 'present_members', 70, 100, 'gte', 1, 'Thông tư 35/2015/TT-BGDĐT (ngành Giáo dục)',
   '2015-12-31', NULL),
  ('ktnn_2014_tren_50_tong_so', 'Đồng ý trên 50% tính trên tổng số thành viên Hội đồng',
   'secret_ballot', 'total_members', 50, 100, 'gt', 1, 'Quyết định 2264/QĐ-KTNN năm 2014 (Kiểm toán Nhà nước)',
   '2014-01-01', NULL);

-- Round 1 covers the agenda; a later round covers the nominees tied at one group's cut-off.
CREATE TABLE voting_rounds (
  id               INTEGER PRIMARY KEY,
  session_id       INTEGER NOT NULL REFERENCES council_sessions (id) ON DELETE CASCADE,
  number           INTEGER NOT NULL CHECK (number >= 1),
  award_form_code  TEXT,
  subject_type     TEXT CHECK (subject_type IS NULL OR subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  places           INTEGER CHECK (places IS NULL OR places >= 1),
  ballots_issued   INTEGER NOT NULL CHECK (ballots_issued >= 0),
  not_returned     INTEGER NOT NULL DEFAULT 0 CHECK (not_returned >= 0),
  numbered         INTEGER NOT NULL CHECK (numbered IN (0, 1)),
  -- Totals mode (no ballots entered one by one): returned and invalid ballots as counted by hand.
  totals_returned  INTEGER CHECK (totals_returned IS NULL OR totals_returned >= 0),
  totals_invalid   INTEGER CHECK (totals_invalid IS NULL OR totals_invalid >= 0),
  opened_at        TEXT NOT NULL,
  UNIQUE (session_id, number),
  CHECK ((number = 1) = (award_form_code IS NULL)),
  CHECK ((award_form_code IS NULL) = (subject_type IS NULL) AND (award_form_code IS NULL) = (places IS NULL)),
  CHECK ((totals_returned IS NULL) = (totals_invalid IS NULL))
) STRICT;

-- The ballot's sections, copied from the agenda when the round opens: the agenda follows dossier
-- statuses, the ballot must not. Voting rule and quota are those of the day.
CREATE TABLE round_sections (
  id                INTEGER PRIMARY KEY,
  round_id          INTEGER NOT NULL REFERENCES voting_rounds (id) ON DELETE CASCADE,
  award_form_code   TEXT NOT NULL,
  award_form_name   TEXT NOT NULL,
  subject_type      TEXT NOT NULL CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  quota             INTEGER CHECK (quota IS NULL OR quota >= 0),
  voting_rule_code  TEXT REFERENCES voting_rules (code),
  sort_order        INTEGER NOT NULL,
  UNIQUE (round_id, award_form_code, subject_type)
) STRICT;

CREATE TABLE round_nominees (
  section_id           INTEGER NOT NULL REFERENCES round_sections (id) ON DELETE CASCADE,
  nomination_id        INTEGER NOT NULL,
  full_name            TEXT NOT NULL,
  position             TEXT,
  proposing_unit_name  TEXT NOT NULL,
  dossier_id           INTEGER NOT NULL,
  sort_order           INTEGER NOT NULL,
  PRIMARY KEY (section_id, nomination_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX round_nominees_nomination ON round_nominees (nomination_id);

-- A ballot is entered whole and never edited row by row: its marks are one JSON array of
-- [nomination id, 'yes' | 'no' | 'both'] (an absent row is unmarked), read back in one go.
CREATE TABLE ballots (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES voting_rounds (id) ON DELETE CASCADE,
  number      INTEGER NOT NULL CHECK (number >= 1),
  marks       TEXT NOT NULL CHECK (json_valid(marks) AND json_type(marks) = 'array'),
  entered_at  TEXT NOT NULL,
  UNIQUE (round_id, number)
) STRICT;

CREATE TABLE round_totals (
  round_id       INTEGER NOT NULL REFERENCES voting_rounds (id) ON DELETE CASCADE,
  nomination_id  INTEGER NOT NULL,
  yes            INTEGER NOT NULL CHECK (yes >= 0),
  no             INTEGER NOT NULL CHECK (no >= 0),
  PRIMARY KEY (round_id, nomination_id)
) STRICT, WITHOUT ROWID;

-- Signed, not secret (domain.md §2.2): one row per absent member and nominee, first round only.
CREATE TABLE written_opinions (
  session_id     INTEGER NOT NULL REFERENCES council_sessions (id) ON DELETE CASCADE,
  member_id      INTEGER NOT NULL REFERENCES council_members (id),
  nomination_id  INTEGER NOT NULL,
  mark           TEXT NOT NULL CHECK (mark IN ('yes', 'no', 'blank', 'both')),
  received_date  TEXT,
  recorded_at    TEXT NOT NULL,
  PRIMARY KEY (session_id, member_id, nomination_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE chair_decisions (
  id                 INTEGER PRIMARY KEY,
  session_id         INTEGER NOT NULL REFERENCES council_sessions (id) ON DELETE CASCADE,
  award_form_code    TEXT NOT NULL,
  subject_type       TEXT NOT NULL CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  places             INTEGER NOT NULL CHECK (places >= 1),
  tied_ids           TEXT NOT NULL CHECK (json_valid(tied_ids)),
  selected_ids       TEXT NOT NULL CHECK (json_valid(selected_ids)),
  decided_by         TEXT NOT NULL,
  note               TEXT,
  recorded_at        TEXT NOT NULL
) STRICT;
CREATE INDEX chair_decisions_session ON chair_decisions (session_id);

-- The result as concluded: written once, never updated (corrections are separate rows).
CREATE TABLE session_results (
  session_id           INTEGER NOT NULL REFERENCES council_sessions (id),
  nomination_id        INTEGER NOT NULL,
  award_form_code      TEXT NOT NULL,
  award_form_name      TEXT NOT NULL,
  subject_type         TEXT NOT NULL,
  quota                INTEGER,
  full_name            TEXT NOT NULL,
  position             TEXT,
  proposing_unit_name  TEXT NOT NULL,
  dossier_id           INTEGER NOT NULL,
  yes                  INTEGER NOT NULL,
  no                   INTEGER NOT NULL,
  written_yes          INTEGER NOT NULL,
  written_no           INTEGER NOT NULL,
  base                 INTEGER NOT NULL,
  base_kind            TEXT NOT NULL,
  voting_rule_code     TEXT NOT NULL,
  threshold_num        INTEGER NOT NULL,
  threshold_den        INTEGER NOT NULL,
  comparator           TEXT NOT NULL,
  passed               INTEGER NOT NULL CHECK (passed IN (0, 1)),
  rank                 INTEGER,
  second_round_yes     INTEGER,
  resolved_by          TEXT CHECK (resolved_by IS NULL OR resolved_by IN ('second_round', 'chair_decides')),
  outcome              TEXT NOT NULL CHECK (outcome IN ('selected', 'not_selected')),
  sort_order           INTEGER NOT NULL,
  PRIMARY KEY (session_id, nomination_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER session_results_no_update BEFORE UPDATE ON session_results
BEGIN SELECT RAISE(ABORT, 'Kết quả đã chốt không sửa được: lập văn bản đính chính.'); END;
CREATE TRIGGER session_results_no_delete BEFORE DELETE ON session_results
BEGIN SELECT RAISE(ABORT, 'Kết quả đã chốt không xóa được: lập văn bản đính chính.'); END;
CREATE TRIGGER session_results_once BEFORE INSERT ON session_results
WHEN (SELECT status FROM council_sessions WHERE id = NEW.session_id) = 'concluded'
BEGIN SELECT RAISE(ABORT, 'Phiên họp đã kết thúc: kết quả đã được chốt.'); END;

-- A correction after conclusion: a recorded act with reason, date and author that supersedes the result.
CREATE TABLE session_corrections (
  id                INTEGER PRIMARY KEY,
  session_id        INTEGER NOT NULL REFERENCES council_sessions (id),
  nomination_id     INTEGER NOT NULL,
  previous_outcome  TEXT NOT NULL CHECK (previous_outcome IN ('selected', 'not_selected')),
  outcome           TEXT NOT NULL CHECK (outcome IN ('selected', 'not_selected')),
  yes               INTEGER CHECK (yes IS NULL OR yes >= 0),
  no                INTEGER CHECK (no IS NULL OR no >= 0),
  reason            TEXT NOT NULL,
  act_date          TEXT NOT NULL,
  recorded_by       TEXT NOT NULL,
  reference         TEXT,
  recorded_at       TEXT NOT NULL,
  FOREIGN KEY (session_id, nomination_id) REFERENCES session_results (session_id, nomination_id)
) STRICT;
CREATE INDEX session_corrections_session ON session_corrections (session_id, nomination_id, id);
CREATE TRIGGER session_corrections_no_update BEFORE UPDATE ON session_corrections
BEGIN SELECT RAISE(ABORT, 'Văn bản đính chính đã lập không sửa được: lập văn bản đính chính mới.'); END;
CREATE TRIGGER session_corrections_no_delete BEFORE DELETE ON session_corrections
BEGIN SELECT RAISE(ABORT, 'Văn bản đính chính đã lập không xóa được.'); END;

-- The council's outcome of a nomination: the latest concluded session that considered it, corrections applied.
CREATE TABLE nomination_outcomes (
  nomination_id  INTEGER PRIMARY KEY REFERENCES nominations (id) ON DELETE CASCADE,
  session_id     INTEGER NOT NULL REFERENCES council_sessions (id),
  outcome        TEXT NOT NULL CHECK (outcome IN ('selected', 'not_selected')),
  correction_id  INTEGER REFERENCES session_corrections (id),
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX nomination_outcomes_session ON nomination_outcomes (session_id);
${frozen('voting_rounds', (r) => `${r}.session_id`)}
${frozen('round_sections', roundSession)}
${frozen('round_nominees', sectionSession)}
${frozen('ballots', roundSession)}
${frozen('round_totals', roundSession)}
${frozen('written_opinions', (r) => `${r}.session_id`)}
${frozen('chair_decisions', (r) => `${r}.session_id`)}
`;
