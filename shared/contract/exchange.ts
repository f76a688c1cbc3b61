import {
  ExchangeExportInput,
  ExchangeExportResult,
  ExchangeImportInput,
  ExchangeImportResult,
  ExchangePreview,
  ExchangePreviewInput,
} from '../domain/exchange';
import { method } from './define';

/** Exchange between levels: one `.tdkt` package per sending, received as incoming dossiers. */
export const exchangeContract = {
  'exchange.exportMovement': method(
    'Xuất gói hồ sơ của một phong trào gửi cấp trên (danh sách, thông tin hồ sơ, tệp đính kèm)',
    ExchangeExportInput,
    ExchangeExportResult,
  ),
  'exchange.previewPackage': method(
    'Xem trước gói hồ sơ nhận từ cấp dưới: kiểm tra toàn vẹn, nơi gửi, phong trào, đơn vị tương ứng',
    ExchangePreviewInput,
    ExchangePreview,
  ),
  'exchange.importPackage': method(
    'Nhận gói hồ sơ: vào sổ mỗi hồ sơ thành một hồ sơ đến, tất cả hoặc không gì cả',
    ExchangeImportInput,
    ExchangeImportResult,
  ),
} as const;
