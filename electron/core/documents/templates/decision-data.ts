import type { SubjectType } from '../../../../shared/domain/award-form';
import type { AgencySettingsData } from '../../../../shared/domain/settings';

/** Who signs, as the agency settings store it (printed through `signatureBlockLines`). */
export type DecisionSigner = Pick<
  AgencySettingsData,
  'signerOnBehalfOf' | 'signerDelegation' | 'signerDelegationOf' | 'signerTitle' | 'signerName'
>;

/** One awarded collective, person or household, as printed in the attached list. */
export interface DecisionRecipient {
  /** "Ông", "Bà", a rank…; printed before a person's name. */
  honorific?: string;
  /** Tên tập thể or họ và tên, exactly as it must be printed. */
  name: string;
  /** Chức vụ (people). */
  position?: string;
  /** Đơn vị công tác (people) or the body the collective belongs to. */
  unit?: string;
  /** Tiền thưởng in đồng; omitted when the form carries no money. */
  amount?: number;
}

/** All recipients of one award form and one subject type: one table of the list. */
export interface DecisionAwardGroup {
  subjectType: SubjectType;
  /** The form as the decision names it: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  form: string;
  recipients: DecisionRecipient[];
}

/** Everything a Quyết định khen thưởng and its attached list print (domain.md §4.3). Plain data. */
export interface DecisionData {
  agency: {
    /** Tên cơ quan chủ quản; '' when none. */
    governingBody: string;
    /** Tên cơ quan ban hành, e.g. "Ủy ban nhân dân tỉnh Bình Thuận". */
    issuingBody: string;
    /** Địa danh, e.g. "Phan Thiết". */
    placeName: string;
  };
  /** Số: "123" (empty in a draft). */
  number: string;
  /** Ký hiệu: "QĐ-UBND". */
  symbol: string;
  /** ISO date of signature, or `null` in a draft. */
  date: string | null;
  /** Thẩm quyền ban hành in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN". */
  authorityTitle: string;
  /** The same in running text, for the list: "Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận". */
  authorityName: string;
  /** Trích yếu; built from the groups ("Về việc tặng … cho … tập thể và … cá nhân") when absent. */
  summary?: string;
  /** Căn cứ ban hành, one per line, without "Căn cứ" prefix rules: printed as written. */
  legalBases: string[];
  /** "đã có thành tích xuất sắc trong …" — the reason written under Điều 1. */
  achievement: string;
  awards: DecisionAwardGroup[];
  /** Nguồn tiền thưởng for Điều 2: "Quỹ Thi đua, khen thưởng tỉnh". */
  fundSource?: string;
  /** Who executes (Điều 3), before "và các tập thể, cá nhân có tên tại Điều 1". */
  executors: string[];
  signer: DecisionSigner;
  /** Nơi nhận lines: "Như Điều 3;", …, "Lưu: VT, NC." */
  recipients: string[];
}
