import type { MovementPreset } from './types';

const IV1 = 'mục IV.1';

/**
 * Seed 000 (domain.md §5.3): Hội đồng Thi đua - Khen thưởng huyện Thanh Oai, Kế hoạch số 61/KH-HĐTĐKT
 * ngày 26/10/2021. No numeric quotas ("xét chọn … với số lượng phù hợp … không khen tràn lan, đại trà")
 * and no deadline anywhere in the seed, so `deadlines` and `quotaRules` stay empty.
 *
 * Routes: the routing matrix of mục IV.3.c, one row per proposer. `routeTo` is the city-level route
 * ("Đề nghị khen thưởng cấp Thành phố", items (1)–(8)); `scope` is the seed's sentence for the same
 * proposer under "Đề nghị khen thưởng cấp huyện", items (1)–(7). RouteInput has no field for the
 * city-level sentence nor for the clause.
 */
export const THANH_OAI_2021: MovementPreset = {
  code: 'thanh_oai_2021',
  label:
    'HĐTĐKT huyện Thanh Oai (Hà Nội) — thi đua đặc biệt phòng, chống Covid-19, KH 61/KH-HĐTĐKT (2021)',
  description:
    'Huân chương Lao động, Bằng khen Thủ tướng Chính phủ (UBND huyện xét, trình); Bằng khen của Chủ tịch UBND ' +
    'Thành phố Hà Nội; Giấy khen của Chủ tịch UBND huyện, của Chủ tịch UBND xã, thị trấn và theo thẩm quyền của ' +
    'cơ quan, đơn vị. Hồ sơ theo thủ tục đơn giản (Điều 55 Nghị định 91/2017/NĐ-CP); doanh nghiệp và người đứng ' +
    'đầu doanh nghiệp nộp thêm văn bản của cơ quan thuế, BHXH và xác nhận của chính quyền địa phương theo Quyết định ' +
    '17/2019/QĐ-UBND của UBND Thành phố. Tuyến trình theo từng cơ quan (Trung tâm Y tế → Sở Y tế, Công an huyện → ' +
    'Công an Thành phố, …). Không giới hạn số lượng (“không khen tràn lan, đại trà”), không nêu hạn nộp.',
  seedFile: '000_7cceaf0021961cc7.txt',
  movement: {
    number: '61',
    symbol: 'KH-HĐTĐKT',
    issuedDate: '2021-10-26',
    issuingBody: 'Hội đồng Thi đua - Khen thưởng huyện Thanh Oai',
    title:
      'Tổ chức thực hiện phong trào thi đua đặc biệt “Toàn dân đoàn kết, chung sức thi đua phòng, chống và chiến thắng đại dịch Covid - 19” trên địa bàn huyện Thanh Oai',
    implementsPlan:
      'Kế hoạch số 09/KH-HĐTĐKT ngày 23/9/2021 của Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội',
    receivingBody:
      'UBND huyện Thanh Oai (qua Phòng Nội vụ, cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện)',
    procedure: 'don_gian',
    legalRegimeCode: 'nd91_2017',
    startDate: null,
    endDate: null,
    presetCode: 'thanh_oai_2021',
    awardForms: [
      {
        awardFormCode: 'hc_lao_dong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Khen thưởng cấp Nhà nước (Huân chương Lao động, Bằng khen của Thủ tướng Chính phủ): UBND huyện xét, ' +
          'trình khen thưởng cho các tập thể, cá nhân theo quy định hiện hành (mục IV.2).',
      },
      {
        awardFormCode: 'bk_thu_tuong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          'Khen thưởng cấp Nhà nước (Huân chương Lao động, Bằng khen của Thủ tướng Chính phủ): UBND huyện xét, ' +
          'trình khen thưởng cho các tập thể, cá nhân theo quy định hiện hành (mục IV.2).',
      },
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Bằng khen của Chủ tịch UBND Thành phố (Hà Nội). Đối tượng, tiêu chuẩn tại mục IV.3.a; hồ sơ theo thủ ' +
          'tục đơn giản (mục IV.3.d).',
      },
      {
        awardFormCode: 'giay_khen_chu_tich_huyen',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: 'don_gian',
        note:
          'Giấy khen của Chủ tịch UBND huyện. Đối tượng, tiêu chuẩn khen thưởng cấp huyện tại mục IV.3.b; hồ sơ ' +
          'theo thủ tục đơn giản (mục IV.3.d).',
      },
      {
        awardFormCode: 'giay_khen_chu_tich_xa',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note: `Giấy khen của Chủ tịch UBND xã, thị trấn (${IV1}).`,
      },
      {
        awardFormCode: 'giay_khen_thu_truong',
        subjectTypes: ['tap_the', 'ca_nhan'],
        procedure: null,
        note:
          `Giấy khen theo thẩm quyền của cơ quan, tổ chức, đơn vị (${IV1}). Các đơn vị thuộc huyện biểu dương, ` +
          'khen thưởng theo thẩm quyền (mục IV).',
      },
    ],
    periods: [],
    // The seed states no deadline (checked: no "trước ngày", "chậm nhất" or date after 26/10/2021).
    deadlines: [],
    quotaRules: [],
    routes: [
      {
        // IV.3.c — Thành phố (1); huyện (1)
        proposer: 'Trung tâm Y tế',
        routeTo: 'Sở Y tế Hà Nội',
        scope:
          'Phòng Y tế phối hợp với Trung tâm Y tế: Đề nghị khen thưởng các tập thể, cá nhân thuộc các bệnh viện, ' +
          'trung tâm Y tế huyện và các tập thể, cá nhân thuộc các phòng trung tâm y tế; các trạm y tế xã, thị trấn.',
      },
      {
        // IV.3.c — Thành phố (2); huyện (2)
        proposer: 'Công an huyện',
        routeTo: 'Công an Thành phố Hà Nội',
        scope:
          'Xem xét đề nghị khen thưởng các chốt kiểm soát phòng chống dịch bệnh tại các xã thị trấn; đảm bảo an ' +
          'ninh, trật tự, an toàn trong công tác phòng, chống dịch.',
      },
      {
        // IV.3.c — Thành phố (3); huyện (3)
        proposer: 'Ban Chỉ huy Quân sự huyện',
        routeTo: 'Bộ Tư lệnh Thủ đô Hà Nội',
        scope:
          'Chủ trì phối hợp với các đơn vị liên quan đề xuất khen thưởng các tập thể, cá nhân có thành tích trong ' +
          'các khu cách ly tập trung. Lực lượng Dân quân tự vệ và các đơn vị quân đội tham gia công tác phòng, ' +
          'chống dịch.',
      },
      {
        // IV.3.c — Thành phố (4); huyện (5), shared with Phòng Kinh tế
        proposer: 'Ủy ban MTTQ Việt Nam huyện',
        routeTo: 'Ủy ban MTTQ Việt Nam Thành phố Hà Nội',
        scope:
          'Ủy ban MTTQ huyện, Phòng kinh tế: Rà soát, đề xuất khen thưởng các tổ chức, doanh nghiệp, cá nhân có ' +
          'đóng góp, hỗ trợ bằng giá trị vật chất cụ thể hoặc cung cấp sản phẩm, hàng hoá, dịch vụ hỗ trợ công tác ' +
          'phòng, chống dịch.',
      },
      {
        // IV.3.c — Thành phố (5); no district-level item
        proposer: 'Các tổ chức chính trị - xã hội huyện',
        routeTo: 'Ngành dọc cấp trên',
      },
      {
        // IV.3.c — Thành phố (6); huyện (5), shared with Ủy ban MTTQ huyện
        proposer: 'Phòng Kinh tế huyện',
        routeTo: 'Sở Công Thương Hà Nội',
        scope:
          'Ủy ban MTTQ huyện, Phòng kinh tế: Rà soát, đề xuất khen thưởng các tổ chức, doanh nghiệp, cá nhân có ' +
          'đóng góp, hỗ trợ bằng giá trị vật chất cụ thể hoặc cung cấp sản phẩm, hàng hoá, dịch vụ hỗ trợ công tác ' +
          'phòng, chống dịch.',
      },
      {
        // IV.3.c — Thành phố (7); no district-level item
        proposer: 'Phòng Lao động - Thương binh và Xã hội huyện',
        routeTo: 'Sở Lao động - Thương binh và Xã hội Hà Nội',
      },
      {
        // IV.3.c — Thành phố (8); huyện (6) and (7)
        proposer: 'UBND huyện',
        routeTo: 'Ban Thi đua - Khen thưởng Sở Nội vụ Hà Nội',
        scope:
          'Các phòng ban, ngành, MTTQ và các đoàn thể, các xã thị trấn: Rà soát, xét chọn các tập thể và cá nhân có ' +
          'thành tích trong công tác phòng, chống dịch trình UBND huyện khen thưởng. Các xã thị trấn rà soát, xét ' +
          'chọn tổ dân phố, khu dân cư, các tổ phòng, chống Covid-19 cộng đồng và cá nhân trực tiếp tham gia thực ' +
          'hiện công tác phòng, chống dịch trình UBND huyện khen thưởng.',
      },
      {
        // IV.3.c — no city-level item; huyện (4). The seed names no recipient: district-level
        // proposals go to UBND huyện (mục IV), which `routeTo` must name (it is required).
        proposer: 'Phòng Văn hóa - Thông tin huyện',
        routeTo: 'UBND huyện Thanh Oai',
        scope:
          'Phòng Văn hóa-Thông tin chủ trì phối hợp với Trung tâm Văn hóa - thông tin và Thể thao: Rà soát, đề ' +
          'xuất khen thưởng các tập thể, cá nhân trực tiếp thực hiện công tác tuyên truyền, thông tin kịp thời công ' +
          'tác phòng, chống dịch Covid - 19.',
      },
    ],
  },
};
