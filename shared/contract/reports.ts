import { z } from 'zod';
import { ReportStage, Statistics, SummaryGrouping, SummaryList } from '../domain/report';
import { method } from './define';

const GeneratedFile = z.object({ fileName: z.string(), contentBase64: z.string() });
const Filter = {
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  periodCode: z
    .string()
    .trim()
    .min(1)
    .nullable()
    .default(null)
    .meta({ title: 'Đợt (trống: cả phong trào)' }),
  stage: ReportStage.default('proposed').meta({ title: 'Giai đoạn' }),
};
const SummaryInput = z.strictObject({
  ...Filter,
  grouping: SummaryGrouping.default('unit').meta({ title: 'Nhóm theo' }),
});
const StatisticsInput = z.strictObject(Filter);

export const reportsContract = {
  'reports.summaryList': method(
    'Danh sách tổng hợp đề nghị khen thưởng của một phong trào (theo đợt, giai đoạn), nhóm theo đơn vị ' +
      'hoặc theo hình thức × đối tượng, thứ tự tiếng Việt, có số lượng từng nhóm',
    SummaryInput,
    SummaryList,
  ),
  'reports.statistics': method(
    'Báo cáo thống kê của một phong trào: số lượng theo hình thức, đối tượng, loại đơn vị, đơn vị, ' +
      'lãnh đạo/người trực tiếp, nữ, truy tặng; ở từng giai đoạn (đề nghị, Hội đồng chọn, đã khen thưởng)',
    StatisticsInput,
    Statistics,
  ),
  'reports.summaryListExcel': method(
    'Xuất Excel danh sách tổng hợp đề nghị khen thưởng',
    SummaryInput,
    GeneratedFile,
  ),
  'reports.statisticsExcel': method(
    'Xuất Excel báo cáo thống kê của phong trào',
    StatisticsInput,
    GeneratedFile,
  ),
  'reports.statisticsPdf': method(
    'In báo cáo thống kê kết quả khen thưởng của phong trào (PDF, thể thức Nghị định 30/2020, ' +
      'có bảng số liệu và biểu đồ)',
    StatisticsInput,
    GeneratedFile,
  ),
  'reports.summaryListPdf': method(
    'In danh sách tổng hợp đề nghị khen thưởng (PDF, thể thức Nghị định 30/2020)',
    SummaryInput,
    GeneratedFile,
  ),
} as const;
