/** Agency settings, unit kinds and units (domain.md §6.2: units are data with validity dates). */
export const sql = `
CREATE TABLE agency_settings (
  id                   INTEGER PRIMARY KEY CHECK (id = 1),
  governing_body       TEXT NOT NULL DEFAULT '',
  issuing_body         TEXT NOT NULL DEFAULT '',
  issuing_body_abbr    TEXT NOT NULL DEFAULT '',
  place_name           TEXT NOT NULL DEFAULT '',
  signer_on_behalf_of  TEXT NOT NULL DEFAULT '',
  signer_delegation    TEXT NOT NULL DEFAULT '' CHECK (signer_delegation IN ('', 'KT.', 'TL.', 'TUQ.', 'Q.')),
  signer_delegation_of TEXT NOT NULL DEFAULT '',
  signer_title         TEXT NOT NULL DEFAULT '',
  signer_name          TEXT NOT NULL DEFAULT '',
  user_name            TEXT NOT NULL DEFAULT '',
  updated_at           TEXT
) STRICT;
INSERT INTO agency_settings (id) VALUES (1);

CREATE TABLE unit_kinds (
  code             TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  sort_order       INTEGER NOT NULL,
  is_armed_forces  INTEGER NOT NULL DEFAULT 0 CHECK (is_armed_forces IN (0, 1))
) STRICT;
INSERT INTO unit_kinds (code, name, sort_order, is_armed_forces) VALUES
  ('tinh', 'Tỉnh', 10, 0),
  ('thanh_pho_tw', 'Thành phố trực thuộc Trung ương', 11, 0),
  ('huyen', 'Huyện', 20, 0),
  ('quan', 'Quận', 21, 0),
  ('thi_xa', 'Thị xã', 22, 0),
  ('thanh_pho_thuoc_tinh', 'Thành phố thuộc tỉnh', 23, 0),
  ('xa', 'Xã', 30, 0),
  ('phuong', 'Phường', 31, 0),
  ('thi_tran', 'Thị trấn', 32, 0),
  ('dac_khu', 'Đặc khu', 33, 0),
  ('thon_to_dan_pho', 'Thôn, tổ dân phố, khu dân cư', 34, 0),
  ('co_quan', 'Cơ quan, sở, ban, ngành', 40, 0),
  ('phong_ban', 'Phòng, ban chuyên môn', 41, 0),
  ('mat_tran_doan_the', 'Mặt trận, đoàn thể', 42, 0),
  ('don_vi_su_nghiep', 'Đơn vị sự nghiệp', 43, 0),
  ('truong_hoc', 'Trường học', 44, 0),
  ('co_so_y_te', 'Cơ sở y tế', 45, 0),
  ('doanh_nghiep', 'Doanh nghiệp', 50, 0),
  ('hop_tac_xa', 'Hợp tác xã', 51, 0),
  ('luc_luong_vu_trang', 'Lực lượng vũ trang (quân đội, công an)', 60, 1),
  ('cum_khoi_thi_dua', 'Cụm, khối thi đua', 70, 0),
  ('khac', 'Khác', 99, 0);

CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES units (id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (name <> ''),
  short_name  TEXT,
  kind_code   TEXT NOT NULL REFERENCES unit_kinds (code),
  sector      TEXT,
  code        TEXT,
  valid_from  TEXT,
  valid_to    TEXT,
  note        TEXT,
  search_key  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE INDEX units_parent ON units (parent_id, search_key);
CREATE UNIQUE INDEX units_code ON units (code) WHERE code IS NOT NULL;
`;
