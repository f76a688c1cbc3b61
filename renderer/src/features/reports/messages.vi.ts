/** Vietnamese text of the “Báo cáo” screen (not built yet: what it will hold). */
export const reportsMessages = {
  title: 'Báo cáo',
  summary: 'Tổng hợp số liệu thi đua, khen thưởng.',
  planned: [
    'Báo cáo tổng hợp kết quả khen thưởng theo kỳ',
    'Thống kê theo đơn vị, hình thức khen thưởng, đối tượng',
  ],
} as const;
