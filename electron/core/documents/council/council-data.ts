/**
 * Plain data printed by the council documents (domain.md §4.5–4.6): ballots, the Biên bản họp
 * Hội đồng and the Biên bản kiểm phiếu. Everything is already computed and worded by the caller
 * (counts, percentages "86,67%", labels); the templates only lay it out.
 */
import type { SubjectType } from '../../../../shared/domain/award-form';

/** The council as printed in the left header column. */
export interface CouncilHeading {
  /** Tên cơ quan chủ quản, e.g. "Ủy ban nhân dân tỉnh Bình Thuận"; '' when none is printed. */
  governingBody: string;
  /** "Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận" (printed in capitals). */
  councilName: string;
  /** Địa danh of the date line: "Phan Thiết". */
  placeName: string;
}

/** One row of a ballot: a collective, a person or a household. */
export interface BallotNominee {
  /** Tên tập thể or họ và tên, as it must be printed. */
  name: string;
  /** Chức vụ, đơn vị (people) or the unit a collective belongs to; '' when none. */
  detail: string;
}

/** One section of a ballot: one award form × subject type. */
export interface BallotGroup {
  /** The award form: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  awardForm: string;
  subjectType: SubjectType;
  /** "Chọn không quá k"; null when no selection quota applies (the line is left out). */
  quota: number | null;
  nominees: BallotNominee[];
}

export interface BallotData {
  heading: CouncilHeading;
  /** "PHIẾU BẦU" or "PHIẾU BIỂU QUYẾT" (domain.md §4.6). */
  title: string;
  /** "Xét đề nghị khen thưởng phong trào thi đua …, đợt …". */
  subject: string;
  /** ISO date of the session. */
  sessionDate: string;
  /** 1 for the first vote; 2 and more for a re-vote among the tied only. */
  round: number;
  /** How many ballots to print: present voting members + spares. */
  copies: number;
  /** Print "Phiếu số 07/30" on each ballot so the council can check returns. */
  numbered: boolean;
  /** The instruction line; a default is printed when omitted. */
  instructions?: string;
  groups: BallotGroup[];
}

/** A council member as named in the minutes. */
export interface MinutesPerson {
  name: string;
  /** Council role: "Chủ tịch Hội đồng", "Ủy viên", "Thư ký". */
  role: string;
  /** Chức vụ, đơn vị công tác; '' when none. */
  position: string;
}

export interface AbsentPerson extends MinutesPerson {
  /** Lý do vắng; '' when none was given. */
  reason: string;
  /** The member sent a written opinion (ý kiến bằng văn bản). */
  writtenOpinion: boolean;
}

/** One nominee's line of a results table. */
export interface ResultRow {
  name: string;
  detail: string;
  /** Phiếu đồng ý. */
  yes: number;
  /** Phiếu không đồng ý (printed in the Biên bản kiểm phiếu); null when not recorded ("-"). */
  no: number | null;
  /** Already formatted, Vietnamese style: "86,67%". */
  percent: string;
  /** "Đạt", "Không đạt", "Đạt, trong chỉ tiêu", "Bằng phiếu, chờ bỏ phiếu vòng 2" … */
  result: string;
  /** Selected within the quota: goes to the approved list of the minutes. */
  selected: boolean;
}

export interface ResultGroup {
  awardForm: string;
  subjectType: SubjectType;
  quota: number | null;
  /** The base of the percentages, worded: "tổng số thành viên Hội đồng (15)". */
  baseLabel: string;
  /** The pass rule, worded: "từ 90% trở lên", with its source when known. */
  thresholdLabel: string;
  rows: ResultRow[];
}

export interface CouncilMinutesData {
  heading: CouncilHeading;
  /** Số of the minutes; '' leaves the blank. */
  number: string;
  /** Ký hiệu: "BB-HĐTĐKT". */
  symbol: string;
  /** ISO date of the meeting. */
  date: string;
  /** Trích yếu: "V/v xét, đề nghị khen thưởng …". */
  summary: string;
  /** "14:00". */
  startTime: string;
  /** "16:30"; '' leaves the blank. */
  endTime: string;
  place: string;
  /** What the meeting is for, one paragraph. */
  purpose: string;
  chair: MinutesPerson;
  secretary: MinutesPerson;
  /** Voting members of the council (the x/total denominator). */
  totalMembers: number;
  present: MinutesPerson[];
  absent: AbsentPerson[];
  /** "bỏ phiếu kín", "biểu quyết giơ tay". */
  method: string;
  /** Presentation and discussion, one string per paragraph. */
  proceedings: string[];
  groups: ResultGroup[];
  /** How each tie at the cut-off was resolved, one sentence each. */
  tieResolutions: string[];
  /** Signature titles: "THƯ KÝ" and "CHỦ TỊCH" or "CHỦ TRÌ". */
  secretaryTitle: string;
  chairTitle: string;
}

export interface VoteCountMember {
  name: string;
  /** "Trưởng ban", "Thành viên". */
  role: string;
  position: string;
}

export interface VoteCountMinutesData {
  heading: CouncilHeading;
  number: string;
  symbol: string;
  date: string;
  summary: string;
  /** Time the count started and ended: "15:10", "15:40". */
  startTime: string;
  endTime: string;
  place: string;
  /** 1 for the first vote, 2 for a re-vote. */
  round: number;
  /** Ban kiểm phiếu; the trưởng ban first. */
  committee: VoteCountMember[];
  ballots: {
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
  };
  groups: ResultGroup[];
}
