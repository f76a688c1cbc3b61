/** Vietnamese text of the “Phong trào thi đua” screen (not built yet: what it will hold). */
export const movementsMessages = {
  title: 'Phong trào thi đua',
  summary: 'Theo dõi các phong trào thi đua từ kế hoạch đến tổng kết.',
  planned: [
    'Kế hoạch phát động phong trào (số, ngày ban hành, cơ quan ban hành)',
    'Các đợt thi đua: thường xuyên, theo chuyên đề, theo đợt',
    'Thời hạn đăng ký, gửi hồ sơ và tổng kết của từng đợt',
    'Hình thức khen thưởng áp dụng cho từng phong trào',
    'Chỉ tiêu khen thưởng theo đơn vị và theo loại đơn vị',
  ],
} as const;
