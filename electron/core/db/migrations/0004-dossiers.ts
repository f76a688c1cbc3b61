/**
 * Dossier intake (domain.md §3): the register of incoming dossiers, checklist requirements as data
 * (with their legal source and validity), checklist items, attached files, nominations with person
 * details, duplicate decisions, import batches, and an FTS5 index over the folded search key.
 */
export const sql = `
CREATE TABLE dossiers (
  id                 INTEGER PRIMARY KEY,
  year               INTEGER NOT NULL,
  incoming_number    INTEGER NOT NULL CHECK (incoming_number > 0),
  received_date      TEXT NOT NULL,
  proposing_unit_id  INTEGER NOT NULL REFERENCES units (id),
  document_number    TEXT,
  document_date      TEXT,
  movement_id        INTEGER REFERENCES movements (id),
  period_code        TEXT,
  procedure          TEXT NOT NULL CHECK (procedure IN ('thuong', 'don_gian')),
  status             TEXT NOT NULL CHECK (status IN ('da_nhan', 'can_bo_sung', 'hop_le', 'trinh_hoi_dong',
                                                     'da_xet', 'da_co_quyet_dinh', 'tra_lai')),
  status_date        TEXT NOT NULL,
  status_reason      TEXT,
  note               TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (year, incoming_number)
) STRICT;
CREATE INDEX dossiers_movement ON dossiers (movement_id, proposing_unit_id);
CREATE INDEX dossiers_unit ON dossiers (proposing_unit_id);

CREATE TABLE dossier_award_forms (
  dossier_id       INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  award_form_code  TEXT NOT NULL REFERENCES award_forms (code),
  PRIMARY KEY (dossier_id, award_form_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE dossier_status_history (
  id          INTEGER PRIMARY KEY,
  dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  status      TEXT NOT NULL,
  date        TEXT NOT NULL,
  reason      TEXT,
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX dossier_status_history_dossier ON dossier_status_history (dossier_id, id);

CREATE TABLE dossier_requirements (
  id               INTEGER PRIMARY KEY,
  procedure        TEXT CHECK (procedure IN ('thuong', 'don_gian')),
  award_form_code  TEXT REFERENCES award_forms (code),
  subject_type     TEXT CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  condition        TEXT CHECK (condition IN ('doanh_nghiep')),
  doc_type         TEXT NOT NULL,
  label            TEXT NOT NULL,
  copies           INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
  mandatory        INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
  legal_source     TEXT NOT NULL,
  valid_from       TEXT,
  valid_to         TEXT,
  sort_order       INTEGER NOT NULL
) STRICT;

CREATE TABLE dossier_checklist_items (
  id            INTEGER PRIMARY KEY,
  dossier_id    INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  doc_type      TEXT NOT NULL,
  label         TEXT NOT NULL,
  copies        INTEGER NOT NULL,
  mandatory     INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
  legal_source  TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('da_nhan', 'thieu', 'khong_ap_dung')),
  note          TEXT,
  sort_order    INTEGER NOT NULL,
  UNIQUE (dossier_id, doc_type, label)
) STRICT;

CREATE TABLE dossier_files (
  id           INTEGER PRIMARY KEY,
  dossier_id   INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  size         INTEGER NOT NULL,
  stored_name  TEXT NOT NULL,
  added_at     TEXT NOT NULL
) STRICT;
CREATE INDEX dossier_files_dossier ON dossier_files (dossier_id);

CREATE TABLE import_batches (
  id           INTEGER PRIMARY KEY,
  dossier_id   INTEGER REFERENCES dossiers (id) ON DELETE SET NULL,
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  row_count    INTEGER NOT NULL,
  imported_at  TEXT NOT NULL
) STRICT;

ALTER TABLE nominations ADD COLUMN dossier_id INTEGER REFERENCES dossiers (id) ON DELETE SET NULL;
ALTER TABLE nominations ADD COLUMN honorific TEXT;
ALTER TABLE nominations ADD COLUMN gender TEXT CHECK (gender IN ('nam', 'nu'));
ALTER TABLE nominations ADD COLUMN birth_date TEXT;
ALTER TABLE nominations ADD COLUMN birth_year INTEGER;
ALTER TABLE nominations ADD COLUMN ethnicity TEXT;
ALTER TABLE nominations ADD COLUMN position TEXT;
ALTER TABLE nominations ADD COLUMN workplace TEXT;
ALTER TABLE nominations ADD COLUMN is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1));
ALTER TABLE nominations ADD COLUMN is_enterprise INTEGER NOT NULL DEFAULT 0 CHECK (is_enterprise IN (0, 1));
ALTER TABLE nominations ADD COLUMN achievement TEXT;
ALTER TABLE nominations ADD COLUMN id_number TEXT;
ALTER TABLE nominations ADD COLUMN note TEXT;
ALTER TABLE nominations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN person_key TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE nominations ADD COLUMN source TEXT;
ALTER TABLE nominations ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL;
CREATE INDEX nominations_dossier ON nominations (dossier_id);
CREATE INDEX nominations_person_key ON nominations (person_key);
CREATE INDEX nominations_sort ON nominations (sort_key);

CREATE VIRTUAL TABLE nominations_fts USING fts5 (
  search_key, content = 'nominations', content_rowid = 'id', prefix = '2 3'
);
INSERT INTO nominations_fts (nominations_fts) VALUES ('rebuild');
CREATE TRIGGER nominations_fts_insert AFTER INSERT ON nominations BEGIN
  INSERT INTO nominations_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;
CREATE TRIGGER nominations_fts_delete AFTER DELETE ON nominations BEGIN
  INSERT INTO nominations_fts (nominations_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
END;
CREATE TRIGGER nominations_fts_update AFTER UPDATE OF search_key ON nominations BEGIN
  INSERT INTO nominations_fts (nominations_fts, rowid, search_key) VALUES ('delete', old.id, old.search_key);
  INSERT INTO nominations_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;

-- The secretary's verdict on a suspected duplicate pair (rule G1/G2); a merge keeps a snapshot of
-- the removed nomination, so no foreign keys here.
CREATE TABLE duplicate_decisions (
  id                INTEGER PRIMARY KEY,
  pair_key          TEXT NOT NULL UNIQUE,
  decision          TEXT NOT NULL CHECK (decision IN ('khac_nguoi', 'gop')),
  kept_id           INTEGER,
  removed_snapshot  TEXT,
  reason            TEXT NOT NULL,
  decided_at        TEXT NOT NULL
) STRICT;

-- Checklist requirements (domain.md §3.1–3.4). Editable: provinces add their own (QĐ of the UBND tỉnh).
INSERT INTO dossier_requirements (procedure, award_form_code, subject_type, condition, doc_type, label, copies,
                                  mandatory, legal_source, valid_from, valid_to, sort_order) VALUES
  ('thuong', NULL, NULL, NULL, 'to_trinh', 'Tờ trình đề nghị khen thưởng', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 53', '2017-09-15', '2023-12-31', 10),
  ('thuong', NULL, NULL, NULL, 'danh_sach_de_nghi', 'Danh sách đề nghị khen thưởng kèm theo Tờ trình', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 53', '2017-09-15', '2023-12-31', 20),
  ('thuong', NULL, NULL, NULL, 'bao_cao_thanh_tich', 'Báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 53', '2017-09-15', '2023-12-31', 30),
  ('thuong', NULL, NULL, NULL, 'bien_ban_xet_don_vi', 'Biên bản xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 53', '2017-09-15', '2023-12-31', 40),
  ('don_gian', NULL, NULL, NULL, 'to_trinh', 'Tờ trình đề nghị khen thưởng kèm danh sách', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 55', '2017-09-15', '2023-12-31', 10),
  ('don_gian', NULL, NULL, NULL, 'danh_sach_de_nghi', 'Danh sách đề nghị khen thưởng', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 55', '2017-09-15', '2023-12-31', 20),
  ('don_gian', NULL, NULL, NULL, 'bao_cao_tom_tat_thanh_tich', 'Báo cáo tóm tắt thành tích có xác nhận của thủ trưởng đơn vị trình khen', 1, 1,
   'Nghị định 91/2017/NĐ-CP, Điều 55', '2017-09-15', '2023-12-31', 30),
  ('thuong', NULL, NULL, NULL, 'to_trinh', 'Tờ trình đề nghị khen thưởng', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 84', '2024-01-01', NULL, 10),
  ('thuong', NULL, NULL, NULL, 'danh_sach_de_nghi', 'Danh sách đề nghị khen thưởng kèm theo Tờ trình', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 84', '2024-01-01', NULL, 20),
  ('thuong', NULL, NULL, NULL, 'bao_cao_thanh_tich', 'Báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 84', '2024-01-01', NULL, 30),
  ('thuong', NULL, NULL, NULL, 'bien_ban_xet_don_vi', 'Biên bản xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 84', '2024-01-01', NULL, 40),
  ('don_gian', NULL, NULL, NULL, 'to_trinh', 'Tờ trình đề nghị khen thưởng kèm danh sách', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 85; Nghị định 98/2023/NĐ-CP, khoản 1 Điều 40', '2024-01-01', NULL, 10),
  ('don_gian', NULL, NULL, NULL, 'danh_sach_de_nghi', 'Danh sách đề nghị khen thưởng', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 85', '2024-01-01', NULL, 20),
  ('don_gian', NULL, NULL, NULL, 'bao_cao_tom_tat_thanh_tich', 'Báo cáo tóm tắt thành tích của tập thể, cá nhân', 1, 1,
   'Luật Thi đua, khen thưởng 2022, Điều 85; Nghị định 98/2023/NĐ-CP, khoản 1 Điều 40', '2024-01-01', NULL, 30),
  ('thuong', NULL, NULL, NULL, 'xac_nhan_thanh_tich_dot_xuat', 'Xác nhận của cơ quan có thẩm quyền về thành tích xuất sắc đột xuất (nếu có)', 1, 0,
   'Luật Thi đua, khen thưởng 2022, Điều 84', NULL, NULL, 50),
  (NULL, NULL, NULL, 'doanh_nghiep', 'xac_nhan_thue', 'Văn bản của cơ quan thuế xác nhận hoàn thành nghĩa vụ nộp thuế', 1, 1,
   'Quy chế khen thưởng doanh nghiệp của tỉnh (ví dụ QĐ 17/2019/QĐ-UBND Hà Nội)', NULL, NULL, 60),
  (NULL, NULL, NULL, 'doanh_nghiep', 'xac_nhan_bhxh', 'Văn bản của cơ quan bảo hiểm xã hội xác nhận hoàn thành nghĩa vụ đóng BHXH', 1, 1,
   'Quy chế khen thưởng doanh nghiệp của tỉnh (ví dụ QĐ 17/2019/QĐ-UBND Hà Nội)', NULL, NULL, 70),
  (NULL, NULL, NULL, 'doanh_nghiep', 'xac_nhan_chinh_quyen_dia_phuong', 'Xác nhận chấp hành chính sách, pháp luật của chính quyền địa phương nơi doanh nghiệp đóng trụ sở và nơi cư trú của người đứng đầu', 1, 1,
   'Quy chế khen thưởng doanh nghiệp của tỉnh (ví dụ QĐ 17/2019/QĐ-UBND Hà Nội)', NULL, NULL, 80),
  (NULL, NULL, NULL, NULL, 'file_dien_tu', 'Tệp điện tử của hồ sơ (bản quét, danh sách Excel)', 1, 0,
   'Thực tiễn tiếp nhận hồ sơ', NULL, NULL, 90);
`;
