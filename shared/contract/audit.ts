import { z } from 'zod';
import { AuditListInput, AuditPage } from '../domain/audit';
import { method } from './define';

const GeneratedFile = z.object({ fileName: z.string(), contentBase64: z.string() });

/** Read-only by design: the log is written by database triggers and nothing here changes it. */
export const auditContract = {
  'audit.list': method(
    'Nhật ký thay đổi: lọc theo ngày, người sử dụng, đối tượng, thao tác; mới nhất trước',
    AuditListInput,
    AuditPage,
  ),
  'audit.exportExcel': method(
    'Xuất nhật ký thay đổi (theo bộ lọc, không phân trang) ra Excel',
    AuditListInput,
    GeneratedFile,
  ),
} as const;
