import type { MovementPreset } from './types';

/**
 * Seed 003 (domain.md §5.2): UBND tỉnh Sóc Trăng, phong trào thi đua phòng, chống dịch Covid-19.
 * The seed has no number, date or parent plan; it replaces Kế hoạch số 46/KH-UBND ngày 21/4/2020
 * (no field for that: kept in the description). No quotas and no deadlines are stated. State-level
 * forms are left to the guidance of Ban Thi đua - Khen thưởng Trung ương (mục III.3) without naming
 * any form, so none is listed.
 */
export const SOC_TRANG_2021: MovementPreset = {
  code: 'soc_trang_2021',
  label: 'UBND tỉnh Sóc Trăng — thi đua phòng, chống và chiến thắng đại dịch Covid-19 (2021)',
  description:
    'Giấy khen theo thẩm quyền của các đơn vị, địa phương; Bằng khen của Chủ tịch UBND tỉnh xét theo 02 đợt ' +
    '(đợt 1 từ 09/9/2021 đến hết 31/12/2021, đợt 2 sau 31/12/2021 tùy diễn biến dịch bệnh); khen thưởng cấp ' +
    'Nhà nước theo hướng dẫn của Ban Thi đua - Khen thưởng Trung ương. Hồ sơ theo thủ tục đơn giản (Điều 55 ' +
    'Nghị định 91/2017/NĐ-CP), gửi Sở Y tế; không giới hạn số lượng, không nêu hạn nộp. ' +
    'Thay thế Kế hoạch số 46/KH-UBND ngày 21/4/2020.',
  seedFile: '003_2ffd0800899a256a.txt',
  movement: {
    number: null,
    symbol: null,
    issuedDate: null,
    issuingBody: 'Ủy ban nhân dân tỉnh Sóc Trăng',
    title:
      'Phát động phong trào thi đua “Sóc Trăng đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19”',
    implementsPlan: null,
    receivingBody: 'Sở Y tế (Thường trực Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh)',
    procedure: 'don_gian',
    legalRegimeCode: 'nd91_2017',
    // The first đợt opens on 09/9/2021; the plan sets no end (đợt 2 is open-ended).
    startDate: '2021-09-09',
    endDate: null,
    presetCode: 'soc_trang_2021',
    awardForms: [
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Chủ tịch Ủy ban nhân dân tỉnh sẽ xem xét tặng Bằng khen đối với các tập thể và cá nhân có nhiều đóng góp, ' +
          'đạt thành tích xuất sắc trong công tác phòng, chống dịch bệnh Covid-19 và phong trào thi đua theo 02 đợt ' +
          '(mục III.2). Kết thúc mỗi đợt thi đua, Chủ tịch Ủy ban nhân dân tỉnh sẽ xem xét khen thưởng trên cơ sở ' +
          'đề xuất của Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh và Sở Nội vụ.',
      },
      {
        awardFormCode: 'giay_khen_thu_truong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Các đơn vị, địa phương quan tâm thực hiện tốt công tác khen thưởng, kịp thời động viên, khích lệ và ghi ' +
          'nhận đóng góp của tập thể, cá nhân trong thực hiện phong trào thi đua phòng, chống dịch bệnh Covid-19 tại ' +
          'đơn vị, địa phương; xem xét, quyết định tặng Giấy khen theo thẩm quyền (mục III.1).',
      },
    ],
    periods: [
      {
        code: 'dot1',
        name: 'Đợt 1',
        startDate: '2021-09-09',
        // "đến hết ngày 31/12/2021": the last day is inside the đợt.
        endDate: '2021-12-31',
        note: 'Từ ngày 09/9/2021 đến hết ngày 31/12/2021 (mục III.2)',
      },
      {
        code: 'dot2',
        name: 'Đợt 2',
        startDate: '2022-01-01',
        endDate: null,
        note: 'Sau ngày 31/12/2021 (tùy theo tình hình diễn biến của dịch bệnh)',
      },
    ],
    // The seed states no deadline: each đợt is closed by the Chủ tịch UBND tỉnh "kết thúc mỗi đợt".
    deadlines: [],
    quotaRules: [],
    routes: [
      {
        // mục III.4
        proposer: 'Các đơn vị, địa phương',
        routeTo: 'Sở Y tế (Thường trực Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh)',
        scope:
          'Hồ sơ khen thưởng gửi về Sở Y tế (Thường trực Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh). Trên cơ sở ' +
          'đề nghị của các đơn vị, Sở Y tế có trách nhiệm phối hợp với Sở Nội vụ thẩm định, đề xuất Chủ tịch Ủy ban ' +
          'nhân dân tỉnh xem xét khen thưởng hoặc trình cấp trên khen thưởng theo quy định.',
      },
    ],
  },
};
