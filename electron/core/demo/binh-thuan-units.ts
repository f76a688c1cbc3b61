/**
 * Demo units for the Bình Thuận 2021 plan (seed 004): the province, its 10 district-level units
 * (domain.md §6.1) and the provincial departments and bodies that propose to the Chủ tịch UBND tỉnh.
 *
 * The tree is the province's award scope, not the chain of command: Công an tỉnh, Bộ Chỉ huy Quân sự
 * tỉnh, the Mặt trận and đoàn thể and Báo Bình Thuận are not subordinate to UBND tỉnh, but they propose
 * within the province, so they hang under it. Parents come before their children (the demo loader
 * creates the units in this order).
 *
 * Validity: tỉnh Bình Thuận merged into tỉnh Lâm Đồng and the district level ended on 01/7/2025
 * (domain.md §6.2), so every unit here is valid until 30/6/2025. Some departments ended earlier, in the
 * early-2025 reorganisation of provincial departments (e.g. Sở Kế hoạch và Đầu tư into Sở Tài chính);
 * those dates are not verified, so they are not encoded. No validFrom: the units predate the seed.
 */
export interface DemoUnit {
  key: string;
  name: string;
  kindCode: string;
  sector: string | null;
  parentKey: string | null;
  validTo: string | null;
}

const END_OF_BINH_THUAN = '2025-06-30';
const PROVINCE = 'tinh_binh_thuan';

const district = (key: string, name: string, kindCode: string): DemoUnit => ({
  key,
  name,
  kindCode,
  sector: null,
  parentKey: PROVINCE,
  validTo: END_OF_BINH_THUAN,
});

const body = (
  key: string,
  name: string,
  kindCode: string,
  sector: string | null,
  parentKey: string = PROVINCE,
): DemoUnit => ({ key, name, kindCode, sector, parentKey, validTo: END_OF_BINH_THUAN });

export const BINH_THUAN_UNITS: readonly DemoUnit[] = [
  {
    key: PROVINCE,
    name: 'UBND tỉnh Bình Thuận',
    kindCode: 'tinh',
    sector: null,
    parentKey: null,
    validTo: END_OF_BINH_THUAN,
  },

  // Cấp huyện (2021): 1 thành phố, 1 thị xã, 8 huyện.
  district('tp_phan_thiet', 'UBND thành phố Phan Thiết', 'thanh_pho_thuoc_tinh'),
  district('tx_la_gi', 'UBND thị xã La Gi', 'thi_xa'),
  district('h_tuy_phong', 'UBND huyện Tuy Phong', 'huyen'),
  district('h_bac_binh', 'UBND huyện Bắc Bình', 'huyen'),
  district('h_ham_thuan_bac', 'UBND huyện Hàm Thuận Bắc', 'huyen'),
  district('h_ham_thuan_nam', 'UBND huyện Hàm Thuận Nam', 'huyen'),
  district('h_tanh_linh', 'UBND huyện Tánh Linh', 'huyen'),
  district('h_duc_linh', 'UBND huyện Đức Linh', 'huyen'),
  district('h_ham_tan', 'UBND huyện Hàm Tân', 'huyen'),
  district('h_phu_quy', 'UBND huyện Phú Quý', 'huyen'),

  // Sở, ban, ngành.
  body('so_y_te', 'Sở Y tế', 'co_quan', 'Y tế'),
  body('so_giao_duc', 'Sở Giáo dục và Đào tạo', 'co_quan', 'Giáo dục'),
  body('so_noi_vu', 'Sở Nội vụ', 'co_quan', 'Nội vụ'),
  body('so_tai_chinh', 'Sở Tài chính', 'co_quan', 'Tài chính'),
  body('so_ke_hoach_dau_tu', 'Sở Kế hoạch và Đầu tư', 'co_quan', 'Kế hoạch và Đầu tư'),
  body(
    'so_lao_dong',
    'Sở Lao động - Thương binh và Xã hội',
    'co_quan',
    'Lao động - Thương binh và Xã hội',
  ),
  body('so_cong_thuong', 'Sở Công Thương', 'co_quan', 'Công Thương'),
  body('so_thong_tin', 'Sở Thông tin và Truyền thông', 'co_quan', 'Thông tin và Truyền thông'),
  body('so_van_hoa', 'Sở Văn hóa, Thể thao và Du lịch', 'co_quan', 'Văn hóa, Thể thao và Du lịch'),
  body('so_giao_thong', 'Sở Giao thông vận tải', 'co_quan', 'Giao thông vận tải'),
  body(
    'so_nong_nghiep',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'co_quan',
    'Nông nghiệp và Phát triển nông thôn',
  ),

  // Mặt trận Tổ quốc and đoàn thể.
  body('mttq_tinh', 'Ủy ban MTTQ Việt Nam tỉnh', 'mat_tran_doan_the', null),
  body('tinh_doan', 'Tỉnh đoàn', 'mat_tran_doan_the', null),
  body('hoi_phu_nu_tinh', 'Hội Liên hiệp Phụ nữ tỉnh', 'mat_tran_doan_the', null),

  // Lực lượng vũ trang.
  body('cong_an_tinh', 'Công an tỉnh', 'luc_luong_vu_trang', 'Quốc phòng - An ninh'),
  body('bchqs_tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'luc_luong_vu_trang', 'Quốc phòng - An ninh'),

  // Cơ sở y tế under Sở Y tế (they count as "ngành Y tế" through their sector).
  body('bv_da_khoa_tinh', 'Bệnh viện Đa khoa tỉnh', 'co_so_y_te', 'Y tế', 'so_y_te'),
  body('cdc_tinh', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'co_so_y_te', 'Y tế', 'so_y_te'),

  // Press (Báo Bình Thuận is the organ of the Tỉnh ủy; the Đài belongs to UBND tỉnh).
  body('bao_binh_thuan', 'Báo Bình Thuận', 'don_vi_su_nghiep', 'Báo chí'),
  body('dai_pt_th', 'Đài Phát thanh và Truyền hình tỉnh', 'don_vi_su_nghiep', 'Báo chí'),
];
