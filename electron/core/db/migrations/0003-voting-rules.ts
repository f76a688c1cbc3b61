/**
 * Voting rules as data (domain.md §2.2): method, base, threshold as an integer fraction with ≥ or >,
 * with their legal source and validity. Award forms reference a default rule; councils refine them.
 */
export const sql = `
CREATE TABLE voting_rules (
  code                       TEXT PRIMARY KEY,
  name                       TEXT NOT NULL,
  method                     TEXT NOT NULL CHECK (method IN ('secret_ballot', 'show_of_hands', 'written')),
  base                       TEXT NOT NULL CHECK (base IN ('total_members', 'present_members', 'valid_ballots')),
  threshold_num              INTEGER NOT NULL CHECK (threshold_num > 0),
  threshold_den              INTEGER NOT NULL CHECK (threshold_den > 0 AND threshold_num <= threshold_den),
  comparator                 TEXT NOT NULL CHECK (comparator IN ('gte', 'gt')),
  allow_written_from_absent  INTEGER NOT NULL CHECK (allow_written_from_absent IN (0, 1)),
  source                     TEXT NOT NULL,
  valid_from                 TEXT,
  valid_to                   TEXT
) STRICT;
INSERT INTO voting_rules (code, name, method, base, threshold_num, threshold_den, comparator,
                          allow_written_from_absent, source, valid_from, valid_to) VALUES
  ('nd91_2017_90_tong_so', 'Bỏ phiếu kín, đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng',
   'secret_ballot', 'total_members', 90, 100, 'gte', 1, 'Nghị định 91/2017/NĐ-CP, khoản 8 Điều 45',
   '2017-09-15', '2023-12-31'),
  ('nd98_2023_90_tong_so', 'Đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng',
   'secret_ballot', 'total_members', 90, 100, 'gte', 1, 'Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30',
   '2024-01-01', '2025-06-30'),
  ('nd98_2023_80_tong_so', 'Đồng ý từ 80% trở lên tính trên tổng số thành viên Hội đồng',
   'secret_ballot', 'total_members', 80, 100, 'gte', 1, 'Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30',
   '2024-01-01', '2025-06-30');

-- NULL: no national rule; the council's own regulation (quy chế) decides (domain.md §1.6, §2.2).
ALTER TABLE award_forms ADD COLUMN default_voting_rule_code TEXT REFERENCES voting_rules (code);
UPDATE award_forms SET default_voting_rule_code = 'nd98_2023_80_tong_so' WHERE code = 'co_thi_dua_chinh_phu';
`;
