import type { AgencySettings } from '../../../../shared/domain/settings';

/** Vietnamese text of the “Cài đặt” screen. Field labels come from the schema titles. */
export const settingsMessages = {
  title: 'Cài đặt',
  description:
    'Thông tin cơ quan và người ký, dùng để trình bày văn bản theo Nghị định 30/2020/NĐ-CP.',
  groups: {
    agency: 'Cơ quan',
    signer: 'Người ký',
    user: 'Người sử dụng',
  },
  delegations: {
    '': 'Ký trực tiếp',
    'KT.': 'KT. — ký thay người đứng đầu',
    'TL.': 'TL. — thừa lệnh',
    'TUQ.': 'TUQ. — thừa ủy quyền',
    'Q.': 'Q. — quyền (cấp phó được giao quyền cấp trưởng)',
  } satisfies Record<AgencySettings['signerDelegation'], string>,
  placeholders: {
    governingBody: 'Ví dụ: UBND TỈNH BÌNH THUẬN',
    issuingBody: 'Ví dụ: HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    issuingBodyAbbr: 'Ví dụ: HĐTĐKT',
    placeName: 'Ví dụ: Bình Thuận',
    signerOnBehalfOf: 'Ví dụ: Hội đồng (để trống nếu không ký thay mặt tập thể)',
    signerDelegationOf: 'Ví dụ: Chủ tịch',
    signerTitle: 'Ví dụ: Phó Chủ tịch',
    signerName: 'Ví dụ: Nguyễn Văn A',
    userName: 'Người đang dùng máy này',
  } satisfies Partial<Record<keyof AgencySettings, string>>,
  hints: {
    signerDelegationOf: 'Chức danh của người được ký thay (dùng với KT., TL., TUQ.).',
    signerTitle: 'Chức vụ của chính người ký; với “Q.” là chức danh được giao quyền.',
    decisionLevel:
      'Cấp khen thưởng (theo Danh mục hình thức khen thưởng) mà người ký được quyết định, ví dụ Xã ' +
      'cho Chủ tịch UBND xã. Quyết định có hình thức cấp khác sẽ không ban hành được.',
  },
  levelUnset: 'Chưa khai báo',
  preview: {
    title: 'Xem trước khối chữ ký',
    signatureGap: '(Chữ ký, dấu)',
    empty: 'Điền phần “Người ký” để xem khối chữ ký.',
    note: 'Khối chữ ký được in ở cuối Quyết định, Tờ trình (Nghị định 30/2020/NĐ-CP, Điều 13).',
  },
  save: 'Lưu',
  saved: 'Đã lưu thông tin cơ quan.',
  lastSaved: 'Lưu lần cuối:',
  neverSaved: 'Chưa lưu lần nào.',
} as const;
