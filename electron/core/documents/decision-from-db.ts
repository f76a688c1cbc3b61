/**
 * From the database to the plain `DecisionData` of a Quyết định khen thưởng: the movement, the
 * chosen nominations, the agency settings and the catalogue (coefficients, base salary on the
 * decision date). Reads only; reserving a number is the service's job.
 */
import type { AwardForm, SubjectType } from '../../../shared/domain/award-form';
import { formatDateVi } from '../../../shared/domain/dates';
import {
  type DecisionAuthorityFinding,
  type DecisionAuthorityForm,
  type DecisionCandidate,
  type DecisionDefaults,
  type DecisionInputData,
  type DocumentSigner,
} from '../../../shared/domain/document';
import { baseSalaryOn, prizeAmount, regimeOn } from '../../../shared/domain/document-prize';
import type { Movement } from '../../../shared/domain/movement';
import type { Nomination } from '../../../shared/domain/nomination';
import type { AgencySettings } from '../../../shared/domain/settings';
import { decisionAuthorityFindings } from '../../../shared/rules/decision-authority';
import { splitHonorific } from '../../../shared/text/person-name';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as nominationsRepo from '../nominations/nominations.repo';
import { getAgencySettings } from '../settings/settings.repo';
import { formatDateLong } from './vietnamese-dates';
import * as repo from './documents.repo';
import type { DecisionData, DecisionRecipient } from './templates/decision-data';

const SETTINGS_PLACE = 'Cài đặt › Cơ quan và người ký';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Ông"/"Bà" from the gender when the list gave no danh xưng (people only). */
export function honorificOf(n: Nomination): string | undefined {
  if (n.honorific) return n.honorific;
  if (n.subjectType !== 'ca_nhan') return undefined;
  return n.gender === 'nam' ? 'Ông' : n.gender === 'nu' ? 'Bà' : undefined;
}

/** Chức vụ and đơn vị as printed: the workplace as written, else the proposing unit. */
export function printedParts(n: Nomination): { position?: string; unit?: string } {
  const unit =
    n.workplace ??
    (n.subjectType === 'ho_gia_dinh' || n.proposingUnitName === n.fullName
      ? undefined
      : n.proposingUnitName);
  return {
    ...(n.position ? { position: n.position } : {}),
    ...(unit ? { unit } : {}),
  };
}

export function printedName(n: Nomination): string {
  const name = splitHonorific(n.fullName).name;
  const honorific = honorificOf(n);
  return honorific ? `${honorific} ${name}` : name;
}

export function printedDetail(n: Nomination): string {
  const { position, unit } = printedParts(n);
  return [position, unit].filter(Boolean).join(', ');
}

interface Context {
  movement: Movement;
  settings: AgencySettings;
  forms: AwardForm[];
  nominations: Nomination[];
  awarded: Map<number, string>;
  outcomes: Map<number, 'selected' | 'not_selected'>;
  /** The date the money is computed on: the decision date, else today. */
  moneyDate: string;
  baseSalary: { validFrom: string; amount: number; source: string } | null;
  regimeCode: string | null;
}

export function loadContext(db: Db, movementId: number, moneyDate: string): Context {
  const movement = movementsRepo.getMovement(db, movementId);
  if (!movement) throw notFound(`phong trào số ${movementId}`);
  const regime = regimeOn(catalog.listLegalRegimes(db), moneyDate);
  return {
    movement,
    settings: getAgencySettings(db),
    forms: catalog.listAwardForms(db),
    nominations: nominationsRepo.listNominations(db, { movementId, withIdNumber: false }),
    awarded: repo.awardedNominations(db, movementId),
    outcomes: repo.councilOutcomes(db, movementId),
    moneyDate,
    baseSalary: baseSalaryOn(catalog.listBaseSalaryRates(db), moneyDate),
    regimeCode: regime?.code ?? null,
  };
}

function multiplierOf(ctx: Context, formCode: string, subject: SubjectType): number | null {
  const form = ctx.forms.find((f) => f.code === formCode);
  const rate = form?.rewardRates.find(
    (r) => r.subjectType === subject && r.regimeCode === ctx.regimeCode,
  );
  return rate?.multiplier ?? null;
}

export function candidates(ctx: Context, roundTo: 1 | 1000): DecisionCandidate[] {
  return ctx.nominations.map((n) => {
    const multiplier = multiplierOf(ctx, n.awardFormCode, n.subjectType);
    return {
      nominationId: n.id,
      awardFormCode: n.awardFormCode,
      awardFormName: n.awardFormName,
      subjectType: n.subjectType,
      printedName: printedName(n),
      printedDetail: printedDetail(n),
      proposingUnitId: n.proposingUnitId,
      proposingUnitName: n.proposingUnitName,
      selected: n.selected,
      councilOutcome: ctx.outcomes.get(n.id) ?? null,
      multiplier,
      amount:
        multiplier !== null && ctx.baseSalary
          ? prizeAmount(multiplier, ctx.baseSalary.amount, roundTo)
          : null,
      issuedIn: ctx.awarded.get(n.id) ?? null,
    };
  });
}

/** The authority facts (rule G4) of the given forms, in catalogue order. */
export function authorityForms(ctx: Context, codes: Iterable<string>): DecisionAuthorityForm[] {
  const wanted = new Set(codes);
  return ctx.forms
    .filter((f) => wanted.has(f.code))
    .map((f) => ({
      code: f.code,
      name: f.name,
      level: f.level,
      decidingAuthority: f.decidingAuthority,
      validFrom: f.validFrom,
      validTo: f.validTo,
    }));
}

/**
 * Rule G4 for a Quyết định: may this agency's signer decide these forms on that date? Only the
 * Quyết định: a Tờ trình proposes forms the level above decides.
 */
export function decisionAuthority(
  ctx: Context,
  date: string | null,
  formCodes: Iterable<string>,
): DecisionAuthorityFinding[] {
  return decisionAuthorityFindings({
    date,
    decisionLevel: ctx.settings.decisionLevel,
    forms: authorityForms(ctx, formCodes),
  });
}

export function defaultSymbol(settings: AgencySettings): string {
  return settings.issuingBodyAbbr.trim() ? `QĐ-${settings.issuingBodyAbbr.trim()}` : '';
}

export function settingsSigner(s: AgencySettings): DocumentSigner {
  return {
    signerOnBehalfOf: s.signerOnBehalfOf,
    signerDelegation: s.signerDelegation,
    signerDelegationOf: s.signerDelegationOf,
    signerTitle: s.signerTitle,
    signerName: s.signerName,
  };
}

/** "Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận": the collective itself when signed "TM.". */
export function defaultAuthority(s: AgencySettings, signer: DocumentSigner): string {
  if (signer.signerOnBehalfOf.trim()) return s.issuingBody;
  const office = (signer.signerDelegationOf || signer.signerTitle).trim();
  return office ? `${office} ${s.issuingBody}` : s.issuingBody;
}

function movementBasis(m: Movement): string | null {
  if (!m.number || !m.symbol) return null;
  const date = m.issuedDate ? ` ${formatDateLong(m.issuedDate)}` : '';
  return `Căn cứ Kế hoạch số ${m.number}/${m.symbol}${date} của ${m.issuingBody} về ${lowerFirst(m.title)}`;
}

/** The editable texts of a new decision, prefilled from the movement, the settings and the regime. */
export function defaultTexts(
  db: Db,
  ctx: Context,
  hasMoney: boolean,
): Omit<
  DecisionDefaults,
  'candidates' | 'nextNumber' | 'baseSalary' | 'regimeCode' | 'decisionLevel' | 'authorityForms'
> {
  const s = ctx.settings;
  const signer = settingsSigner(s);
  const regime = catalog.listLegalRegimes(db).find((r) => r.code === ctx.regimeCode);
  const regimeBases = (regime?.documents ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `Căn cứ ${d}`);
  const plan = movementBasis(ctx.movement);
  return {
    symbol: defaultSymbol(s),
    signer,
    authorityName: defaultAuthority(s, signer),
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      ...regimeBases,
      ...(plan ? [plan] : []),
      'Xét đề nghị của Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng',
    ],
    achievement: `Đã có thành tích xuất sắc trong ${lowerFirst(ctx.movement.title)}`,
    fundSource: s.issuingBody ? `Quỹ Thi đua, khen thưởng của ${s.issuingBody}` : '',
    executors: [
      ...(s.issuingBody ? [`Chánh Văn phòng ${s.issuingBody}`] : []),
      'Thủ trưởng các cơ quan, đơn vị có liên quan',
    ],
    recipients: [`Như Điều ${hasMoney ? 3 : 2};`, 'Lưu: VT.'],
  };
}

export interface BuiltDecision {
  data: DecisionData;
  /** The awardees in printed order (the order of the list), for the register. */
  awardees: (repo.NewAwardee & { nominationId: number })[];
  symbol: string;
  signer: DocumentSigner;
  summary: string;
  totalAmount: number;
}

/** The chosen nominations, each once; refused when none, or when one is not of the movement. */
export function chosenNominations(
  ctx: Context,
  nominationIds: readonly number[],
  docName: string,
  fieldLabel: string,
): { ids: number[]; byId: Map<number, Nomination> } {
  const ids = [...new Set(nominationIds)];
  if (ids.length === 0) {
    throw new AppError(
      'VALIDATION',
      `${docName} chưa có tập thể, cá nhân nào: hãy chọn ít nhất một người trong danh sách đề nghị.`,
      [{ field: 'nominationIds', fieldLabel }],
    );
  }
  const byId = new Map(ctx.nominations.map((n) => [n.id, n]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ', …' : '');
    throw new AppError(
      'VALIDATION',
      `Có ${unknown.length} đề nghị không thuộc phong trào “${ctx.movement.title}” (mã ${shown}): hãy chọn lại danh sách.`,
      [{ field: 'nominationIds', fieldLabel }],
    );
  }
  return { ids, byId };
}

/** Settings and signer fields a decision cannot be printed without, as user-facing errors. */
function requireSettings(s: AgencySettings, signer: DocumentSigner, symbol: string): void {
  const missing: { field: string; fieldLabel: string }[] = [];
  if (!s.issuingBody.trim())
    missing.push({ field: 'issuingBody', fieldLabel: 'Tên cơ quan ban hành văn bản' });
  if (!s.placeName.trim()) missing.push({ field: 'placeName', fieldLabel: 'Địa danh' });
  if (!symbol.trim())
    missing.push({ field: 'issuingBodyAbbr', fieldLabel: 'Chữ viết tắt tên cơ quan ban hành' });
  if (!signer.signerTitle.trim())
    missing.push({ field: 'signerTitle', fieldLabel: 'Chức vụ người ký' });
  if (!signer.signerName.trim())
    missing.push({ field: 'signerName', fieldLabel: 'Họ và tên người ký' });
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Chưa đủ thông tin để in Quyết định: hãy điền ${missing.map((m) => `“${m.fieldLabel}”`).join(', ')} ` +
        `(trong ${SETTINGS_PLACE}, hoặc ở phần người ký của Quyết định).`,
      missing,
    );
  }
}

/**
 * The decision's data with prize money per person. `forIssue` also refuses nominations that an
 * issued decision already awards.
 */
export function buildDecision(
  db: Db,
  input: DecisionInputData,
  today: string,
  forIssue: boolean,
): BuiltDecision {
  const moneyDate = input.date ?? today;
  const ctx = loadContext(db, input.movementId, moneyDate);
  const s = ctx.settings;
  const signer: DocumentSigner = input.signer ?? settingsSigner(s);
  const symbol = (input.symbol ?? defaultSymbol(s)).trim().toLocaleUpperCase('vi');
  requireSettings(s, signer, symbol);

  const { ids, byId } = chosenNominations(
    ctx,
    input.nominationIds,
    'Quyết định',
    'Tập thể, cá nhân được khen thưởng',
  );
  if (forIssue) {
    const already = ids.filter((id) => ctx.awarded.has(id));
    if (already.length > 0) {
      const names = already
        .slice(0, 3)
        .map((id) => `${printedName(byId.get(id)!)} (Quyết định số ${ctx.awarded.get(id)})`);
      throw new AppError(
        'CONFLICT',
        `${already.length} tập thể, cá nhân đã được khen thưởng bằng Quyết định đã ban hành: ` +
          `${names.join('; ')}${already.length > 3 ? '; …' : ''}. Hãy bỏ chọn họ.`,
        [{ field: 'nominationIds', fieldLabel: 'Tập thể, cá nhân được khen thưởng' }],
      );
    }
  }
  if (forIssue) {
    const errors = decisionAuthority(
      ctx,
      moneyDate,
      ids.map((id) => byId.get(id)!.awardFormCode),
    ).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      throw new AppError(
        'VALIDATION',
        `Người ký không có thẩm quyền ban hành Quyết định này: ${errors.map((e) => e.message).join(' ')} ` +
          `Hãy bỏ chọn các trường hợp có hình thức này (đề nghị cấp trên bằng Tờ trình), hoặc kiểm tra ` +
          `“Cấp thẩm quyền khen thưởng của người ký” trong ${SETTINGS_PLACE}.`,
        errors.map((e) => ({
          field: 'nominationIds',
          fieldLabel: 'Tập thể, cá nhân được khen thưởng',
          message: e.message,
        })),
      );
    }
  }
  if (!ctx.baseSalary) {
    throw new AppError(
      'VALIDATION',
      `Chưa có mức lương cơ sở áp dụng ngày ${formatDateVi(moneyDate)} để tính tiền thưởng: ` +
        'hãy thêm mức lương cơ sở (Danh mục › Mức lương cơ sở) hoặc kiểm tra ngày ký.',
      [{ field: 'date', fieldLabel: 'Ngày ký' }],
    );
  }
  const chosen = new Set(ids);
  const rows = candidates(ctx, input.roundTo).filter((c) => chosen.has(c.nominationId));
  const formOrder = ctx.forms.map((f) => f.code);
  const subjectOrder: SubjectType[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];
  // Groups per form (catalogue order) × subject type; rows keep the Vietnamese name order.
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.awardFormCode}|${row.subjectType}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const keys = [...groups.keys()].sort((a, b) => {
    const [fa, sa] = a.split('|') as [string, SubjectType];
    const [fb, sb] = b.split('|') as [string, SubjectType];
    return (
      formOrder.indexOf(fa) - formOrder.indexOf(fb) ||
      subjectOrder.indexOf(sa) - subjectOrder.indexOf(sb)
    );
  });
  const awardees: BuiltDecision['awardees'] = [];
  const awards = keys.map((key) => {
    const list = groups.get(key)!;
    const first = list[0]!;
    const form = ctx.forms.find((f) => f.code === first.awardFormCode);
    const recipients = list.map((c): DecisionRecipient => {
      const n = byId.get(c.nominationId)!;
      awardees.push({
        nominationId: n.id,
        awardFormCode: c.awardFormCode,
        subjectType: c.subjectType,
        printedName: c.printedName,
        printedDetail: c.printedDetail,
        personKey: n.personKey || null,
        multiplier: c.multiplier,
        amount: c.amount,
      });
      const honorific = honorificOf(n);
      return {
        ...(honorific ? { honorific } : {}),
        name: splitHonorific(n.fullName).name,
        ...printedParts(n),
        ...(c.amount !== null && c.amount > 0 ? { amount: c.amount } : {}),
      };
    });
    return {
      subjectType: first.subjectType,
      form: form?.printName ?? first.awardFormName,
      recipients,
    };
  });
  const totalAmount = awardees.reduce((t, a) => t + (a.amount ?? 0), 0);
  const texts = defaultTexts(db, ctx, totalAmount > 0);
  const authorityName = input.authorityName ?? defaultAuthority(s, signer);
  const data: DecisionData = {
    agency: { governingBody: s.governingBody, issuingBody: s.issuingBody, placeName: s.placeName },
    number: input.number === null ? '' : String(input.number),
    symbol,
    date: input.date,
    authorityTitle: authorityName.toLocaleUpperCase('vi'),
    authorityName,
    ...(input.summary ? { summary: input.summary } : {}),
    legalBases: input.legalBases ?? texts.legalBases,
    achievement: input.achievement ?? texts.achievement,
    awards,
    fundSource: input.fundSource ?? texts.fundSource,
    executors: input.executors ?? texts.executors,
    signer,
    recipients: input.recipients ?? texts.recipients,
  };
  return { data, awardees, symbol, signer, summary: input.summary ?? '', totalAmount };
}
