/** Vietnamese text of the “Văn bản” screen (not built yet: what it will hold). */
export const documentsMessages = {
  title: 'Văn bản',
  summary: 'Soạn văn bản khen thưởng đúng thể thức.',
  planned: [
    'Quyết định khen thưởng',
    'Tờ trình đề nghị khen thưởng',
    'Danh sách kèm theo Quyết định, Tờ trình',
    'Trình bày theo thể thức của Nghị định 30/2020/NĐ-CP về công tác văn thư',
  ],
} as const;
