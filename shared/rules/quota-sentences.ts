import { SUBJECT_TYPE_LABELS, type SubjectType } from '../domain/award-form';
import { describeLimits, type CheckRule } from './quota-check';

export interface SentenceContext {
  formName: (code: string) => string;
  kindName: (code: string) => string;
  periodName: (code: string) => string;
}

/**
 * The rule as the sentence it encodes, e.g. "Mỗi đơn vị loại Huyện, Thị xã đề nghị tối đa
 * 02 tập thể và 01 cá nhân — Bằng khen của Chủ tịch UBND tỉnh (mục IV.3)".
 */
export function describeRule(rule: CheckRule, ctx: SentenceContext): string {
  const form = rule.awardFormCode ? ` ${ctx.formName(rule.awardFormCode)}` : ' (mọi hình thức)';
  const period = rule.periodCode ? `, ${ctx.periodName(rule.periodCode)}` : '';
  const limits = describeLimits(rule.limits);
  const filters: string[] = [];
  if (rule.unitKindCodes.length > 0) filters.push(rule.unitKindCodes.map(ctx.kindName).join(', '));
  if (rule.unitSectors.length > 0) filters.push(`ngành ${rule.unitSectors.join(', ')}`);
  const filterText = filters.length > 0 ? ` (${filters.join('; ')})` : '';
  let who: string;
  if (rule.scope === 'total') {
    if (rule.kind === 'selection') {
      who = filterText
        ? `Hội đồng xét chọn trong số đề nghị của các đơn vị${filterText}`
        : 'Hội đồng xét chọn';
    } else {
      who = filterText ? `Các đơn vị${filterText} đề nghị tổng cộng` : 'Toàn kế hoạch đề nghị';
    }
  } else {
    who = `Mỗi đơn vị${filterText} ${rule.kind === 'selection' ? 'được chọn' : 'đề nghị'}`;
  }
  const overrides = rule.overrides
    .map((o) => `; riêng ngành ${o.sector}: ${describeLimits(o.limits)}`)
    .join('');
  return `${who} tối đa ${limits}${overrides} —${form}${period} (${rule.clause}).`;
}

export const subjectLabel = (s: SubjectType) => SUBJECT_TYPE_LABELS[s];
