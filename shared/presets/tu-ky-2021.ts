import type { MovementPreset } from './types';

const III3 = 'mục III.3';

/**
 * Seed 002 (domain.md §5.5): UBND huyện Tứ Kỳ (tỉnh Hải Dương), a draft ("Tứ Kỳ, ngày … tháng … năm
 * 2021", no number; signed "CHỦ TỊCH" without "TM."), so number and date stay empty. Forms of mục III.2
 * only (no Giấy khen listed); simplified procedure (mục IV). No quotas, no deadlines, no routing.
 */
export const TU_KY_2021: MovementPreset = {
  code: 'tu_ky_2021',
  label: 'UBND huyện Tứ Kỳ (Hải Dương) — thi đua đặc biệt phòng, chống Covid-19 (dự thảo, 2021)',
  description:
    'Dự thảo chưa có số, ngày. Huân chương Lao động (tặng hoặc truy tặng), Bằng khen Thủ tướng Chính phủ, ' +
    'Bằng khen của Chủ tịch UBND tỉnh Hải Dương; không có Giấy khen. Hồ sơ theo thủ tục đơn giản (Điều 55 Nghị ' +
    'định 91/2017/NĐ-CP); Phòng Nội vụ huyện hướng dẫn, phối hợp lựa chọn tập thể, cá nhân trình cấp có thẩm ' +
    'quyền. Không giới hạn số lượng, không nêu hạn nộp.',
  seedFile: '002_2af938ad3a94bf81.txt',
  movement: {
    number: null,
    symbol: null,
    issuedDate: null,
    issuingBody: 'Ủy ban nhân dân huyện Tứ Kỳ',
    title:
      'Phát động triển khai phong trào thi đua đặc biệt “Tứ Kỳ đoàn kết, chung sức, đồng lòng thi đua cùng cả nước phòng, chống và chiến thắng đại dịch Covid-19”',
    implementsPlan: 'Kế hoạch số 3396/KH-UBND ngày 15/9/2021 của UBND tỉnh Hải Dương',
    // mục V.4: "Giao Phòng Nội vụ huyện chủ trì, hướng dẫn khen thưởng, …; phối hợp với cơ quan, đơn vị
    // lựa chọn tập thể, cá nhân trình cấp có thẩm quyền khen thưởng."
    receivingBody: 'Phòng Nội vụ huyện Tứ Kỳ',
    procedure: 'don_gian',
    legalRegimeCode: 'nd91_2017',
    startDate: null,
    endDate: null,
    presetCode: 'tu_ky_2021',
    awardForms: [
      {
        awardFormCode: 'hc_lao_dong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Huân chương Lao động: Tặng hoặc truy tặng cho tập thể, cá nhân có thành tích đặc biệt xuất sắc trong ' +
          'công tác phòng, chống dịch; có phạm vi ảnh hưởng và nêu gương, lan toả trong toàn quốc, trên các lĩnh ' +
          'vực của đời sống xã hội hoặc có đóng góp lớn về vật chất, phương tiện, trang thiết bị cần thiết góp ' +
          'phần tích cực vào công tác phòng, chống dịch bệnh và cứu chữa bệnh nhân, được cấp có thẩm quyền ghi ' +
          `nhận, đánh giá cao (${III3}).`,
      },
      {
        awardFormCode: 'bk_thu_tuong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Bằng khen của Thủ tướng Chính phủ: Để tặng thưởng các tập thể, cá nhân có thành tích xuất sắc tiêu ' +
          'biểu trong công tác phòng, chống dịch hoặc có nhiều đóng góp về vật chất phương tiện, trang thiết bị ' +
          'cần thiết, có ý tưởng sáng tạo; tham gia tuyên truyền, cổ vũ, góp phần tích cực vào công tác phòng, ' +
          `chống dịch được nêu gương trong toàn ngành, lĩnh vực, địa phương, đơn vị (${III3}).`,
      },
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Để tặng cho tập thể, cá nhân tích cực và có sáng kiến ' +
          'hiệu quả trong công tác phòng chống dịch Covid-19, được nêu gương trong ngành, lĩnh vực, địa phương; ' +
          'tập thể, cá nhân có nhiều đóng góp về vật chất, phương tiện, trang thiết bị cần thiết phục vụ công tác ' +
          `phòng chống dịch được cấp uỷ, chính quyền địa phương ghi nhận (${III3}).`,
      },
    ],
    periods: [],
    // The seed states no deadline.
    deadlines: [],
    quotaRules: [],
    routes: [],
  },
};
