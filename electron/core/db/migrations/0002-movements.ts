/**
 * Legal regimes, the award-form catalogue with prize coefficients, the dated base salary,
 * movements (plans) with their forms, periods, deadlines, quota rules and routing, and a first
 * nominations table (the intake feature extends it). Legal numbers are rows with their source.
 */
export const sql = `
CREATE TABLE legal_regimes (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  documents   TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_to    TEXT,
  CHECK (valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
INSERT INTO legal_regimes (code, name, documents, valid_from, valid_to) VALUES
  ('nd91_2017', 'Luật TĐKT 2003 và Nghị định 91/2017/NĐ-CP',
   'Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 91/2017/NĐ-CP; Thông tư 12/2019/TT-BNV',
   '2017-09-15', '2023-12-31'),
  ('luat2022_nd98', 'Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP',
   'Luật Thi đua, Khen thưởng 06/2022/QH15; Nghị định 98/2023/NĐ-CP; Thông tư 01/2024/TT-BNV',
   '2024-01-01', '2025-06-30'),
  ('luat2022_nd152', 'Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP',
   'Luật Thi đua, Khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP; Thông tư 15/2025/TT-BNV',
   '2025-07-01', NULL);

CREATE TABLE base_salary_rates (
  valid_from  TEXT PRIMARY KEY,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  source      TEXT NOT NULL
) STRICT;
INSERT INTO base_salary_rates (valid_from, amount, source) VALUES
  ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP'),
  ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
  ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP'),
  ('2026-07-01', 2530000, 'Nghị định 161/2026/NĐ-CP');

CREATE TABLE award_forms (
  code                TEXT PRIMARY KEY,
  name                TEXT NOT NULL,
  print_name          TEXT NOT NULL,
  award_class         TEXT,
  level               TEXT NOT NULL,
  deciding_authority  TEXT NOT NULL,
  subject_types       TEXT NOT NULL,
  allows_posthumous   INTEGER NOT NULL CHECK (allows_posthumous IN (0, 1)),
  armed_forces_only   INTEGER NOT NULL CHECK (armed_forces_only IN (0, 1)),
  procedure           TEXT NOT NULL,
  legal_source        TEXT NOT NULL,
  valid_from          TEXT,
  valid_to            TEXT,
  sort_order          INTEGER NOT NULL DEFAULT 100
) STRICT;
INSERT INTO award_forms (code, name, print_name, award_class, level, deciding_authority, subject_types,
                         allows_posthumous, armed_forces_only, procedure, legal_source, valid_from, valid_to, sort_order) VALUES
  ('hc_lao_dong', 'Huân chương Lao động', 'Huân chương Lao động', NULL, 'Nhà nước', 'Chủ tịch nước',
   '["tap_the","ca_nhan"]', 1, 0, 'thường hoặc đơn giản', 'Luật TĐKT 2022, Điều 33, 42–44', NULL, NULL, 10),
  ('hc_lao_dong_hang_ba', 'Huân chương Lao động hạng Ba', 'Huân chương Lao động hạng Ba', 'Hạng Ba', 'Nhà nước',
   'Chủ tịch nước', '["tap_the","ca_nhan"]', 1, 0, 'thường hoặc đơn giản', 'Luật TĐKT 2022, Điều 44', NULL, NULL, 11),
  ('hc_chien_cong', 'Huân chương Chiến công', 'Huân chương Chiến công', NULL, 'Nhà nước', 'Chủ tịch nước',
   '["tap_the","ca_nhan"]', 1, 1, 'thường hoặc đơn giản', 'Luật TĐKT 2022, Điều 33, 48–50', NULL, NULL, 20),
  ('co_thi_dua_chinh_phu', 'Cờ thi đua của Chính phủ', 'Cờ thi đua của Chính phủ', NULL, 'Chính phủ', 'Thủ tướng Chính phủ',
   '["tap_the"]', 0, 0, 'thường', 'Luật TĐKT 2022, Điều 78 khoản 1', NULL, NULL, 30),
  ('bk_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ', 'Bằng khen của Thủ tướng Chính phủ', NULL, 'Chính phủ',
   'Thủ tướng Chính phủ', '["tap_the","ca_nhan","ho_gia_dinh"]', 1, 0, 'thường hoặc đơn giản',
   'Luật TĐKT 2022, Điều 78 khoản 2', NULL, NULL, 31),
  ('bk_chu_tich_tinh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', NULL, 'Tỉnh',
   'Chủ tịch UBND cấp tỉnh', '["tap_the","ca_nhan","ho_gia_dinh"]', 1, 0, 'thường hoặc đơn giản',
   'Luật TĐKT 2022, Điều 74, 79', NULL, NULL, 40),
  ('giay_khen_chu_tich_huyen', 'Giấy khen của Chủ tịch UBND cấp huyện', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
   NULL, 'Huyện', 'Chủ tịch UBND cấp huyện', '["tap_the","ca_nhan","ho_gia_dinh"]', 0, 0, 'thường hoặc đơn giản',
   'Luật TĐKT 2022, Điều 80 khoản 2 (cấp huyện kết thúc 30/6/2025)', NULL, '2025-06-30', 50),
  ('giay_khen_chu_tich_xa', 'Giấy khen của Chủ tịch UBND cấp xã', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã',
   NULL, 'Xã', 'Chủ tịch UBND cấp xã', '["tap_the","ca_nhan","ho_gia_dinh"]', 0, 0, 'thường hoặc đơn giản',
   'Luật TĐKT 2022, Điều 80 khoản 3', NULL, NULL, 51),
  ('giay_khen_thu_truong', 'Giấy khen của thủ trưởng cơ quan, đơn vị', 'Giấy khen', NULL, 'Cơ quan, đơn vị',
   'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân; giám đốc doanh nghiệp, hợp tác xã', '["tap_the","ca_nhan"]', 0, 0,
   'thường hoặc đơn giản', 'Luật TĐKT 2022, Điều 80 khoản 1, 4', NULL, NULL, 52);

CREATE TABLE reward_rates (
  award_form_code  TEXT NOT NULL REFERENCES award_forms (code) ON DELETE CASCADE,
  subject_type     TEXT NOT NULL CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  regime_code      TEXT NOT NULL REFERENCES legal_regimes (code),
  multiplier       REAL NOT NULL CHECK (multiplier >= 0),
  source           TEXT NOT NULL,
  PRIMARY KEY (award_form_code, subject_type, regime_code)
) STRICT;
INSERT INTO reward_rates (award_form_code, subject_type, regime_code, multiplier, source) VALUES
  ('bk_thu_tuong', 'ca_nhan', 'luat2022_nd152', 3.5, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('bk_thu_tuong', 'tap_the', 'luat2022_nd152', 7.0, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('bk_chu_tich_tinh', 'ca_nhan', 'luat2022_nd152', 1.5, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('bk_chu_tich_tinh', 'tap_the', 'luat2022_nd152', 3.0, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('giay_khen_chu_tich_xa', 'tap_the', 'luat2022_nd152', 0.6, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('giay_khen_thu_truong', 'tap_the', 'luat2022_nd152', 0.6, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
  ('hc_lao_dong_hang_ba', 'tap_the', 'luat2022_nd152', 9.0, 'Nghị định 152/2025/NĐ-CP, Điều 51'),
  ('bk_thu_tuong', 'ca_nhan', 'luat2022_nd98', 3.5, 'Nghị định 98/2023/NĐ-CP (mức như NĐ 152/2025 — cần đối chiếu)'),
  ('bk_chu_tich_tinh', 'ca_nhan', 'luat2022_nd98', 1.5, 'Nghị định 98/2023/NĐ-CP (mức như NĐ 152/2025 — cần đối chiếu)');

CREATE TABLE movements (
  id                 INTEGER PRIMARY KEY,
  number             TEXT,
  symbol             TEXT,
  issued_date        TEXT,
  issuing_body       TEXT NOT NULL,
  title              TEXT NOT NULL,
  implements_plan    TEXT,
  receiving_body     TEXT,
  procedure          TEXT NOT NULL CHECK (procedure IN ('thuong', 'don_gian')),
  legal_regime_code  TEXT NOT NULL REFERENCES legal_regimes (code),
  start_date         TEXT,
  end_date           TEXT,
  preset_code        TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
) STRICT;

CREATE TABLE movement_award_forms (
  movement_id      INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  award_form_code  TEXT NOT NULL REFERENCES award_forms (code),
  subject_types    TEXT NOT NULL,
  procedure        TEXT CHECK (procedure IS NULL OR procedure IN ('thuong', 'don_gian')),
  note             TEXT,
  sort_order       INTEGER NOT NULL,
  PRIMARY KEY (movement_id, award_form_code)
) STRICT;

CREATE TABLE movement_periods (
  id           INTEGER PRIMARY KEY,
  movement_id  INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  start_date   TEXT NOT NULL,
  end_date     TEXT,
  note         TEXT,
  sort_order   INTEGER NOT NULL,
  UNIQUE (movement_id, code),
  CHECK (end_date IS NULL OR start_date <= end_date)
) STRICT;

CREATE TABLE movement_deadlines (
  id           INTEGER PRIMARY KEY,
  movement_id  INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('nop_ho_so', 'bao_cao', 'khac')),
  label        TEXT NOT NULL,
  date         TEXT NOT NULL,
  inclusive    INTEGER NOT NULL CHECK (inclusive IN (0, 1)),
  clause       TEXT,
  sort_order   INTEGER NOT NULL
) STRICT;

CREATE TABLE quota_rules (
  id               INTEGER PRIMARY KEY,
  movement_id      INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('proposal', 'selection')),
  scope            TEXT NOT NULL CHECK (scope IN ('per_unit', 'total')),
  unit_kind_codes  TEXT NOT NULL DEFAULT '[]',
  unit_sectors     TEXT NOT NULL DEFAULT '[]',
  award_form_code  TEXT REFERENCES award_forms (code),
  period_code      TEXT,
  limits           TEXT NOT NULL,
  overrides        TEXT NOT NULL DEFAULT '[]',
  clause           TEXT NOT NULL,
  clause_text      TEXT,
  sort_order       INTEGER NOT NULL
) STRICT;
CREATE INDEX quota_rules_movement ON quota_rules (movement_id, sort_order);

CREATE TABLE movement_routes (
  id           INTEGER PRIMARY KEY,
  movement_id  INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  proposer     TEXT NOT NULL,
  route_to     TEXT NOT NULL,
  scope        TEXT,
  sort_order   INTEGER NOT NULL
) STRICT;

CREATE TABLE nominations (
  id                 INTEGER PRIMARY KEY,
  movement_id        INTEGER NOT NULL REFERENCES movements (id) ON DELETE CASCADE,
  period_code        TEXT,
  proposing_unit_id  INTEGER NOT NULL REFERENCES units (id),
  workplace_unit_id  INTEGER REFERENCES units (id),
  award_form_code    TEXT NOT NULL REFERENCES award_forms (code),
  subject_type       TEXT NOT NULL CHECK (subject_type IN ('tap_the', 'ca_nhan', 'ho_gia_dinh')),
  full_name          TEXT NOT NULL,
  posthumous         INTEGER NOT NULL DEFAULT 0 CHECK (posthumous IN (0, 1)),
  selected           INTEGER NOT NULL DEFAULT 0 CHECK (selected IN (0, 1)),
  search_key         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX nominations_movement ON nominations (movement_id, proposing_unit_id);
`;
