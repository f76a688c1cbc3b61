/** Vietnamese text of the “Hội đồng Thi đua - Khen thưởng” screen (not built yet: what it will hold). */
export const councilMessages = {
  title: 'Hội đồng Thi đua - Khen thưởng',
  summary: 'Chuẩn bị và ghi nhận các phiên họp của Hội đồng.',
  planned: [
    'Danh sách thành viên Hội đồng và chức danh',
    'Điểm danh thành viên dự họp',
    'In phiếu bầu, phiếu biểu quyết',
    'Kiểm phiếu và tính tỷ lệ đồng ý',
    'Biên bản họp Hội đồng',
  ],
} as const;
