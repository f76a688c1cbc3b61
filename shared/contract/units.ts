import { z } from 'zod';
import {
  Unit,
  UnitCreateInput,
  UnitId,
  UnitKind,
  UnitListInput,
  UnitUpdateInput,
} from '../domain/unit';
import { method } from './define';

export const unitsContract = {
  'units.list': method(
    'Danh sách đơn vị (xếp theo vần tiếng Việt); `query` tìm không phân biệt dấu, đ≡d',
    UnitListInput,
    z.array(Unit),
  ),
  'units.get': method('Một đơn vị theo mã số', z.strictObject({ id: UnitId }), Unit),
  'units.create': method('Thêm đơn vị', UnitCreateInput, Unit),
  'units.update': method('Sửa đơn vị', UnitUpdateInput, Unit),
  'units.delete': method(
    'Xóa đơn vị không còn đơn vị trực thuộc',
    z.strictObject({ id: UnitId }),
    z.object({ id: UnitId }),
  ),
  'unitKinds.list': method('Các loại đơn vị', z.strictObject({}), z.array(UnitKind)),
} as const;
