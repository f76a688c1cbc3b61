/**
 * The register of issued documents (sổ đăng ký văn bản đi, domain.md §4.2 "Numbering"): one series
 * per issuing body, calendar year and document type; a number is taken only when a draft is issued.
 * An issued Quyết định keeps its awardees (award history) and the data it was printed from, so the
 * PDF/DOCX can be produced again unchanged after the settings or the catalogue are edited.
 */
export const sql = `
CREATE TABLE issued_documents (
  id             INTEGER PRIMARY KEY,
  doc_type       TEXT NOT NULL CHECK (doc_type IN ('quyet_dinh', 'to_trinh', 'bao_cao', 'ke_hoach', 'khac')),
  issuing_body   TEXT NOT NULL,
  year           INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
  number         INTEGER CHECK (number IS NULL OR number > 0),
  symbol         TEXT NOT NULL,
  summary        TEXT NOT NULL,
  date           TEXT,
  signer_json    TEXT NOT NULL,
  movement_id    INTEGER REFERENCES movements (id) ON DELETE SET NULL,
  status         TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
  content_json   TEXT NOT NULL,
  awardee_count  INTEGER NOT NULL DEFAULT 0,
  total_amount   INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  issued_at      TEXT,
  CHECK (status = 'draft' OR (number IS NOT NULL AND date IS NOT NULL AND issued_at IS NOT NULL))
) STRICT;
-- The number is reserved by issuing: unique among issued documents of one body, year and type.
CREATE UNIQUE INDEX issued_documents_number
  ON issued_documents (issuing_body, year, doc_type, number) WHERE status = 'issued';
CREATE INDEX issued_documents_movement ON issued_documents (movement_id);

CREATE TABLE document_awardees (
  document_id      INTEGER NOT NULL REFERENCES issued_documents (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  nomination_id    INTEGER REFERENCES nominations (id) ON DELETE SET NULL,
  award_form_code  TEXT NOT NULL REFERENCES award_forms (code),
  subject_type     TEXT NOT NULL CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  printed_name     TEXT NOT NULL,
  printed_detail   TEXT NOT NULL,
  person_key       TEXT,
  multiplier       REAL,
  amount           INTEGER CHECK (amount IS NULL OR amount >= 0),
  PRIMARY KEY (document_id, position)
) STRICT;
CREATE INDEX document_awardees_nomination ON document_awardees (nomination_id);
CREATE INDEX document_awardees_person ON document_awardees (person_key);
`;
