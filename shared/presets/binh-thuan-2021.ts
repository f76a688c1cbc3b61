import type { MovementPreset } from './types';

const IV3 = 'mục IV.3';
const AGENCY_KINDS = [
  'co_quan',
  'mat_tran_doan_the',
  'don_vi_su_nghiep',
  'co_so_y_te',
  'truong_hoc',
  'doanh_nghiep',
  'hop_tac_xa',
  'luc_luong_vu_trang',
];

/** Seed 004 (domain.md §5.1): UBND tỉnh Bình Thuận, phong trào thi đua đặc biệt phòng, chống COVID-19. */
export const BINH_THUAN_2021: MovementPreset = {
  code: 'binh_thuan_2021',
  label: 'UBND tỉnh Bình Thuận — thi đua đặc biệt phòng, chống COVID-19 (2021)',
  description:
    'Huân chương Lao động, Huân chương Chiến công, Bằng khen Thủ tướng (Hội đồng tỉnh xét chọn 1+1, 1+1, 3+3); ' +
    'Bằng khen Chủ tịch UBND tỉnh: mỗi cơ quan, đơn vị 01 tập thể hoặc 01 cá nhân (riêng ngành Y tế 02 và 02), ' +
    'mỗi huyện, thị xã, thành phố 02 tập thể và 01 cá nhân, Hội đồng chọn 20 tập thể và 20 cá nhân; hạn nộp 30/11/2021.',
  seedFile: '004_7a80b4390eee25f6.txt',
  movement: {
    number: null,
    symbol: null,
    issuedDate: null,
    issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
    title:
      'Triển khai phong trào thi đua đặc biệt “Toàn dân đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19”',
    implementsPlan: 'Quyết định số 1497/QĐ-TTg ngày 10/9/2021 của Thủ tướng Chính phủ',
    receivingBody: 'Thường trực Hội đồng Thi đua - Khen thưởng tỉnh (Ban Thi đua - Khen thưởng)',
    procedure: 'don_gian',
    legalRegimeCode: 'nd91_2017',
    startDate: null,
    endDate: null,
    presetCode: 'binh_thuan_2021',
    awardForms: [
      { awardFormCode: 'hc_lao_dong', subjectTypes: ['tap_the', 'ca_nhan'], procedure: 'don_gian' },
      {
        awardFormCode: 'hc_chien_cong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note: 'Tặng cho tập thể, cá nhân thuộc lực lượng vũ trang',
      },
      {
        awardFormCode: 'bk_thu_tuong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
      },
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'thuong',
        note: 'Hồ sơ theo Điều 30 Quy chế TĐKT tỉnh (Quyết định 25/2018/QĐ-UBND ngày 03/8/2018)',
      },
    ],
    periods: [],
    deadlines: [
      {
        kind: 'nop_ho_so',
        label: 'Gửi hồ sơ đề nghị khen thưởng về Thường trực Hội đồng Thi đua - Khen thưởng tỉnh',
        date: '2021-11-30',
        inclusive: false,
        clause: 'mục IV.4',
      },
      {
        kind: 'bao_cao',
        label:
          'Báo cáo kết quả triển khai thực hiện Kế hoạch gửi UBND tỉnh (qua Ban Thi đua - Khen thưởng)',
        date: '2021-11-10',
        inclusive: false,
        clause: 'mục V.1',
      },
    ],
    quotaRules: [
      {
        kind: 'selection',
        scope: 'total',
        awardFormCode: 'hc_lao_dong',
        limits: { tapThe: 1, caNhan: 1 },
        clause: IV3,
        clauseText:
          'Huân chương Lao động: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 01 tập thể và 01 cá nhân có thành tích đặc biệt tiêu biểu xuất sắc nhất đề nghị Chủ tịch Nước tặng Huân chương.',
      },
      {
        kind: 'selection',
        scope: 'total',
        awardFormCode: 'hc_chien_cong',
        limits: { tapThe: 1, caNhan: 1 },
        clause: IV3,
        clauseText:
          'Huân chương Chiến công: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 01 tập thể và 01 cá nhân có thành tích đặc biệt tiêu biểu xuất sắc nhất đề nghị Chủ tịch nước tặng Huân chương.',
      },
      {
        kind: 'selection',
        scope: 'total',
        awardFormCode: 'bk_thu_tuong',
        limits: { tapThe: 3, caNhan: 3 },
        clause: IV3,
        clauseText:
          'Bằng khen của Thủ tướng Chính phủ: Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 03 tập thể và 03 cá nhân có thành tích tiêu biểu xuất sắc đề nghị Thủ tướng Chính phủ tặng Bằng khen.',
      },
      {
        kind: 'proposal',
        scope: 'per_unit',
        unitKindCodes: AGENCY_KINDS,
        awardFormCode: 'bk_chu_tich_tinh',
        limits: { combined: 1 },
        overrides: [{ sector: 'Y tế', limits: { tapThe: 2, caNhan: 2 } }],
        clause: IV3,
        clauseText:
          'Mỗi cơ quan, đơn vị, Mặt trận, các tổ chức chính trị - xã hội, hội quần chúng, doanh nghiệp lựa chọn 01 tập thể hoặc 01 cá nhân có thành tích tiêu biểu xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen. Riêng ngành Y tế lựa chọn 02 tập thể và 02 cá nhân có thành tích tiêu biểu xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.',
      },
      {
        kind: 'proposal',
        scope: 'per_unit',
        unitKindCodes: ['huyen', 'thi_xa', 'thanh_pho_thuoc_tinh'],
        awardFormCode: 'bk_chu_tich_tinh',
        limits: { tapThe: 2, caNhan: 1 },
        clause: IV3,
        clauseText:
          'Mỗi huyện, thị xã, thành phố lựa chọn 02 tập thể và 01 cá nhân có thành tích tiêu biểu xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.',
      },
      {
        kind: 'selection',
        scope: 'total',
        awardFormCode: 'bk_chu_tich_tinh',
        limits: { tapThe: 20, caNhan: 20 },
        clause: IV3,
        clauseText:
          'Trên cơ sở danh sách đề nghị khen thưởng của các cơ quan, đơn vị, địa phương, các doanh nghiệp, Hội đồng Thi đua - Khen thưởng tỉnh xét chọn 20 tập thể và 20 cá nhân có thành tích tiêu biểu xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.',
      },
    ],
    routes: [],
  },
};
