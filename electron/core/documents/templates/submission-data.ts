import type { DecisionAwardGroup, DecisionSigner } from './decision-data';

/** The council's consideration, printed when a concluded session exists. */
export interface SubmissionCouncil {
  /** "Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận". */
  name: string;
  /** ISO date of the session. */
  sessionDate: string;
  /** The result as one sentence: "… đã thống nhất đề nghị …" (without a final period). */
  result?: string;
}

/** Everything a Tờ trình đề nghị cấp trên khen thưởng and its list print (domain.md §4). */
export interface SubmissionData {
  agency: {
    governingBody: string;
    issuingBody: string;
    placeName: string;
  };
  /** Số (empty in a draft). */
  number: string;
  /** Ký hiệu: "TTr-UBND". */
  symbol: string;
  date: string | null;
  /** Kính gửi: "Thủ tướng Chính phủ" (one line per addressee). */
  addressees: string[];
  /** Who is asked to award, in running text: "Thủ tướng Chính phủ". */
  awardingAuthority: string;
  /** Trích yếu; "Về việc đề nghị tặng … cho …" when absent. */
  summary?: string;
  legalBases: string[];
  /** The movement, in running text: phong trào thi đua "…". */
  movement: string;
  /** "đã có thành tích xuất sắc trong …", optional. */
  achievement?: string;
  council?: SubmissionCouncil;
  /** Same groups as a decision's; amounts are printed only when given. */
  awards: DecisionAwardGroup[];
  signer: DecisionSigner;
  /** Nơi nhận lines. */
  recipients: string[];
}
