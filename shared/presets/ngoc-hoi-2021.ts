import type { MovementPreset } from './types';

const IV2B = 'mục IV.2.b';
const GIAY_KHEN =
  'Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp có thẩm quyền và của Ủy ban nhân dân cấp huyện, cấp ' +
  'xã để tặng thưởng cho các tập thể, cá nhân và hộ gia đình (nếu có) đã có nhiều thành tích trong công tác ' +
  `phòng, chống dịch COVID-19 được đơn vị, địa phương ghi nhận (${IV2B}).`;

/**
 * Seed 001 (domain.md §5.4): UBND huyện Ngọc Hồi (tỉnh Kon Tum). The seed has no number or date; it
 * also implements Kế hoạch 3792/KH-UBND ngày 31/10/2021 of the district (so it dates from 31/10/2021 or
 * later), kept in the description. No quotas, no deadlines, no routing. The seed does not cite the
 * simplified procedure (Điều 55 Nghị định 91/2017/NĐ-CP), so the movement keeps the normal one.
 */
export const NGOC_HOI_2021: MovementPreset = {
  code: 'ngoc_hoi_2021',
  label: 'UBND huyện Ngọc Hồi (Kon Tum) — thi đua đặc biệt phòng, chống COVID-19 (2021)',
  description:
    'Huân chương Lao động (tập thể; cá nhân tặng hoặc truy tặng), Bằng khen Thủ tướng Chính phủ, Bằng khen của ' +
    'Chủ tịch UBND tỉnh Kon Tum; Giấy khen của thủ trưởng cơ quan, đơn vị, doanh nghiệp và của UBND cấp huyện, ' +
    'cấp xã, cả cho hộ gia đình (nếu có). Phòng Nội vụ (Thường trực Hội đồng Thi đua - Khen thưởng huyện) hướng ' +
    'dẫn khen thưởng, phối hợp Phòng Y tế. Không giới hạn số lượng, không nêu hạn nộp. Thực hiện cả Kế hoạch ' +
    '3792/KH-UBND ngày 31/10/2021 của UBND huyện.',
  seedFile: '001_6489c348d15e65e4.txt',
  movement: {
    number: null,
    symbol: null,
    issuedDate: null,
    issuingBody: 'Ủy ban nhân dân huyện Ngọc Hồi',
    title:
      'Triển khai Phong trào thi đua đặc biệt “Nhân dân huyện Ngọc Hồi đoàn kết, chung sức, đồng lòng cùng Nhân dân cả nước thi đua phòng, chống và chiến thắng đại dịch COVID-19”',
    implementsPlan: 'Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh Kon Tum',
    receivingBody:
      'Phòng Nội vụ huyện Ngọc Hồi (cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện)',
    procedure: 'thuong',
    legalRegimeCode: 'nd91_2017',
    startDate: null,
    endDate: null,
    presetCode: 'ngoc_hoi_2021',
    awardForms: [
      {
        awardFormCode: 'hc_lao_dong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Huân chương Lao động để tặng cho tập thể, tặng (hoặc truy tặng) cho cá nhân có thành tích đặc biệt xuất ' +
          'sắc trong công tác phòng, chống dịch, có phạm vi ảnh hưởng và nêu gương, lan tỏa trong toàn quốc hoặc có ' +
          'đóng góp lớn về vật chất, phương tiện, trang thiết bị cần thiết góp phần tích cực vào công tác phòng, ' +
          `chống dịch bệnh và cứu chữa bệnh nhân, được cấp có thẩm quyền ghi nhận, đánh giá cao (${IV2B}).`,
      },
      {
        awardFormCode: 'bk_thu_tuong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Bằng khen của Thủ tướng Chính phủ để tặng thưởng các tập thể, cá nhân có thành tích xuất sắc, tiêu biểu ' +
          'trong công tác phòng, chống dịch hoặc có nhiều đóng góp về vật chất, phương tiện, trang thiết bị cần ' +
          'thiết; có ý tưởng sáng tạo; tham gia tuyên truyền, cổ vũ, góp phần tích cực vào công tác phòng, chống ' +
          `dịch, được nêu gương trong toàn ngành, lĩnh vực, địa phương, đơn vị (${IV2B}).`,
      },
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh để tặng thưởng cho các tập thể, cá nhân có nhiều thành tích ' +
          'xuất sắc trong công tác phòng, chống dịch COVID-19 hoặc có nhiều đóng góp về vật chất, phương tiện, ' +
          `trang thiết bị cần thiết, được Ủy ban nhân dân tỉnh ghi nhận (${IV2B}).`,
      },
      {
        // The seed gives Giấy khen "cho các tập thể, cá nhân và hộ gia đình (nếu có)" for all three
        // Giấy khen, but the catalogue (migration 0002) does not allow hộ gia đình for the Giấy khen
        // of a head of agency: only the UBND huyện / xã ones carry it.
        awardFormCode: 'giay_khen_thu_truong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note: `${GIAY_KHEN} Hộ gia đình: chỉ Giấy khen của Chủ tịch UBND cấp huyện, cấp xã.`,
      },
      {
        awardFormCode: 'giay_khen_chu_tich_huyen',
        subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
        procedure: null,
        note: GIAY_KHEN,
      },
      {
        awardFormCode: 'giay_khen_chu_tich_xa',
        subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
        procedure: null,
        note: GIAY_KHEN,
      },
    ],
    periods: [],
    // The seed states no deadline: Phòng Nội vụ "kịp thời báo cáo kết quả về cấp có thẩm quyền" (mục V.4).
    deadlines: [],
    quotaRules: [],
    routes: [],
  },
};
