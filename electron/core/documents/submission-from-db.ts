/**
 * From the database to the plain `SubmissionData` of a Tờ trình đề nghị cấp trên khen thưởng:
 * the movement, the chosen nominations, the agency settings and, when one has concluded, the
 * council session. No money: the level above decides it. Reads only.
 */
import type { SubjectType } from '../../../shared/domain/award-form';
import type { DocumentSigner } from '../../../shared/domain/document';
import type { SubmissionInputData } from '../../../shared/domain/document-submission';
import type { AgencySettings } from '../../../shared/domain/settings';
import { splitHonorific } from '../../../shared/text/person-name';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import {
  chosenNominations,
  honorificOf,
  loadContext,
  printedParts,
  settingsSigner,
} from './decision-from-db';
import * as repo from './documents.repo';
import type { DecisionAwardGroup } from './templates/decision-data';
import type { SubmissionData } from './templates/submission-data';
import { formatCount } from './vietnamese-numbers';

const SETTINGS_PLACE = 'Cài đặt › Cơ quan và người ký';
const SUBJECT_ORDER: SubjectType[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

export function defaultSubmissionSymbol(settings: AgencySettings): string {
  return settings.issuingBodyAbbr.trim() ? `TTr-${settings.issuingBodyAbbr.trim()}` : '';
}

export interface BuiltSubmission {
  data: SubmissionData;
  symbol: string;
  signer: DocumentSigner;
  count: number;
}

function requireFields(
  s: AgencySettings,
  signer: DocumentSigner,
  symbol: string,
  authority: string,
): void {
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
  if (!authority.trim())
    missing.push({ field: 'awardingAuthority', fieldLabel: 'Cấp có thẩm quyền khen thưởng' });
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Chưa đủ thông tin để in Tờ trình: hãy điền ${missing.map((m) => `“${m.fieldLabel}”`).join(', ')} ` +
        `(trong ${SETTINGS_PLACE}, hoặc ở phần Tờ trình).`,
      missing,
    );
  }
}

/** The Tờ trình's data from the chosen nominations (grouped per form × subject like a decision). */
export function buildSubmission(
  db: Db,
  input: SubmissionInputData,
  today: string,
): BuiltSubmission {
  const ctx = loadContext(db, input.movementId, input.date ?? today);
  const s = ctx.settings;
  const signer: DocumentSigner = input.signer ?? settingsSigner(s);
  const symbol = (input.symbol ?? defaultSubmissionSymbol(s)).trim();
  const authority = input.awardingAuthority?.trim() ?? '';
  requireFields(s, signer, symbol, authority);

  const { ids } = chosenNominations(
    ctx,
    input.nominationIds,
    'Tờ trình',
    'Tập thể, cá nhân đề nghị khen thưởng',
  );
  const chosen = new Set(ids);
  const formOrder = ctx.forms.map((f) => f.code);
  const groups = new Map<string, { formCode: string; group: DecisionAwardGroup }>();
  // Nominations come in the Vietnamese name order; groups in catalogue order × subject type.
  for (const n of ctx.nominations) {
    if (!chosen.has(n.id)) continue;
    const key = `${n.awardFormCode}|${n.subjectType}`;
    const entry = groups.get(key) ?? {
      formCode: n.awardFormCode,
      group: {
        subjectType: n.subjectType,
        form: ctx.forms.find((f) => f.code === n.awardFormCode)?.printName ?? n.awardFormName,
        recipients: [],
      },
    };
    const honorific = honorificOf(n);
    entry.group.recipients.push({
      ...(honorific ? { honorific } : {}),
      name: splitHonorific(n.fullName).name,
      ...printedParts(n),
    });
    groups.set(key, entry);
  }
  const awards = [...groups.values()]
    .sort(
      (a, b) =>
        formOrder.indexOf(a.formCode) - formOrder.indexOf(b.formCode) ||
        SUBJECT_ORDER.indexOf(a.group.subjectType) - SUBJECT_ORDER.indexOf(b.group.subjectType),
    )
    .map((e) => e.group);
  const session = repo.concludedSession(db, input.movementId, ids);
  const movementTitle = ctx.movement.title.trim();
  const data: SubmissionData = {
    agency: { governingBody: s.governingBody, issuingBody: s.issuingBody, placeName: s.placeName },
    number: input.number === null ? '' : String(input.number),
    symbol,
    date: input.date,
    addressees: input.addressees?.length ? input.addressees : [authority],
    awardingAuthority: authority,
    ...(input.summary ? { summary: input.summary } : {}),
    legalBases: input.legalBases ?? [
      'Căn cứ Luật Thi đua, khen thưởng',
      'Căn cứ các văn bản hướng dẫn thi hành Luật Thi đua, khen thưởng',
    ],
    movement: lowerFirst(movementTitle),
    achievement:
      input.achievement ??
      `Các tập thể, cá nhân có tên trong danh sách kèm theo đã có thành tích xuất sắc trong ${lowerFirst(movementTitle)}`,
    ...(session
      ? {
          council: {
            name: session.councilName,
            sessionDate: session.date,
            ...(session.considered > 0
              ? {
                  result: `${formatCount(session.selected)}/${formatCount(session.considered)} trường hợp được Hội đồng thống nhất đề nghị khen thưởng`,
                }
              : {}),
          },
        }
      : {}),
    awards,
    signer,
    recipients: input.recipients ?? ['Như trên;', 'Lưu: VT.'],
  };
  return { data, symbol, signer, count: ids.length };
}
