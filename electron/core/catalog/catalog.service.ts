import type {
  AwardForm,
  AwardFormInput,
  LegalRegime,
  VotingRule,
} from '../../../shared/domain/award-form';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import * as repo from './catalog.repo';

export interface CatalogService {
  awardForms(): AwardForm[];
  saveAwardForm(
    input: AwardFormInput & { subjectTypes: string[] },
    mode: 'create' | 'update',
  ): AwardForm;
  legalRegimes(): LegalRegime[];
  votingRules(): VotingRule[];
  baseSalaryRates(): { validFrom: string; amount: number; source: string }[];
}

export function createCatalogService(db: Db): CatalogService {
  const find = (code: string) => repo.listAwardForms(db).find((f) => f.code === code);
  return {
    awardForms: () => repo.listAwardForms(db),
    saveAwardForm(input, mode) {
      const exists = repo.awardFormExists(db, input.code);
      if (mode === 'create' && exists) {
        throw new AppError('CONFLICT', `Mã hình thức “${input.code}” đã có trong danh mục.`, [
          { field: 'code', fieldLabel: 'Mã hình thức' },
        ]);
      }
      if (mode === 'update' && !exists) {
        throw new AppError('NOT_FOUND', `Không có hình thức “${input.code}” trong danh mục.`);
      }
      if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
        throw new AppError('VALIDATION', 'Ngày hết áp dụng phải sau ngày bắt đầu áp dụng.', [
          { field: 'validTo', fieldLabel: 'Áp dụng đến ngày' },
        ]);
      }
      const rule = input.defaultVotingRuleCode;
      if (rule && !repo.listVotingRules(db).some((r) => r.code === rule)) {
        throw new AppError('VALIDATION', `Không có quy tắc biểu quyết “${rule}”.`, [
          { field: 'defaultVotingRuleCode', fieldLabel: 'Quy tắc biểu quyết mặc định' },
        ]);
      }
      repo.upsertAwardForm(db, input);
      return find(input.code)!;
    },
    legalRegimes: () => repo.listLegalRegimes(db),
    votingRules: () => repo.listVotingRules(db),
    baseSalaryRates: () => repo.listBaseSalaryRates(db),
  };
}
