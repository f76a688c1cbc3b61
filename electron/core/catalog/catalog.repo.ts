import type {
  AwardForm,
  AwardFormInput,
  LegalRegime,
  RewardRate,
  VotingRule,
} from '../../../shared/domain/award-form';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

interface AwardFormRow {
  code: string;
  name: string;
  printName: string;
  awardClass: string | null;
  level: string;
  decidingAuthority: string;
  subjectTypes: string;
  allowsPosthumous: number;
  armedForcesOnly: number;
  procedure: string;
  legalSource: string;
  validFrom: string | null;
  validTo: string | null;
  defaultVotingRuleCode: string | null;
}

const SELECT_FORM = `
  SELECT code, name, print_name AS printName, award_class AS awardClass, level,
         deciding_authority AS decidingAuthority, subject_types AS subjectTypes,
         allows_posthumous AS allowsPosthumous, armed_forces_only AS armedForcesOnly, procedure,
         legal_source AS legalSource, valid_from AS validFrom, valid_to AS validTo,
         default_voting_rule_code AS defaultVotingRuleCode
  FROM award_forms`;

export function listAwardForms(db: Db): AwardForm[] {
  const rates = statement(
    db,
    `SELECT award_form_code AS code, subject_type AS subjectType, multiplier, regime_code AS regimeCode, source
     FROM reward_rates ORDER BY regime_code, subject_type`,
  ).all() as (RewardRate & { code: string })[];
  const rows = statement(db, `${SELECT_FORM} ORDER BY sort_order, name`).all() as AwardFormRow[];
  return rows.map((r) => ({
    ...r,
    subjectTypes: JSON.parse(r.subjectTypes) as AwardForm['subjectTypes'],
    allowsPosthumous: r.allowsPosthumous === 1,
    armedForcesOnly: r.armedForcesOnly === 1,
    rewardRates: rates
      .filter((rate) => rate.code === r.code)
      .map(({ subjectType, multiplier, regimeCode, source }) => ({
        subjectType,
        multiplier,
        regimeCode,
        source,
      })),
  }));
}

export function awardFormExists(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM award_forms WHERE code = ?').get(code) !== undefined;
}

export function upsertAwardForm(db: Db, f: AwardFormInput & { subjectTypes: string[] }): void {
  statement(
    db,
    `INSERT INTO award_forms (code, name, print_name, award_class, level, deciding_authority, subject_types,
                              allows_posthumous, armed_forces_only, procedure, legal_source, valid_from, valid_to,
                              default_voting_rule_code)
     VALUES (@code, @name, @printName, @awardClass, @level, @decidingAuthority, @subjectTypesJson,
             @allowsPosthumous, @armedForcesOnly, @procedure, @legalSource, @validFrom, @validTo,
             @defaultVotingRuleCode)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, print_name = excluded.print_name,
       award_class = excluded.award_class, level = excluded.level,
       deciding_authority = excluded.deciding_authority, subject_types = excluded.subject_types,
       allows_posthumous = excluded.allows_posthumous, armed_forces_only = excluded.armed_forces_only,
       procedure = excluded.procedure, legal_source = excluded.legal_source,
       valid_from = excluded.valid_from, valid_to = excluded.valid_to,
       default_voting_rule_code = excluded.default_voting_rule_code`,
  ).run({
    code: f.code,
    name: f.name,
    printName: f.printName,
    awardClass: f.awardClass ?? null,
    level: f.level,
    decidingAuthority: f.decidingAuthority,
    subjectTypesJson: JSON.stringify(f.subjectTypes),
    allowsPosthumous: f.allowsPosthumous ? 1 : 0,
    armedForcesOnly: f.armedForcesOnly ? 1 : 0,
    procedure: f.procedure,
    legalSource: f.legalSource,
    validFrom: f.validFrom ?? null,
    validTo: f.validTo ?? null,
    defaultVotingRuleCode: f.defaultVotingRuleCode ?? null,
  });
}

export function listVotingRules(db: Db): VotingRule[] {
  return (
    statement(
      db,
      `SELECT code, name, method, base, threshold_num AS thresholdNum, threshold_den AS thresholdDen,
              comparator, allow_written_from_absent AS allowWrittenFromAbsent, source,
              valid_from AS validFrom, valid_to AS validTo
       FROM voting_rules ORDER BY valid_from, code`,
    ).all() as (Omit<VotingRule, 'allowWrittenFromAbsent'> & { allowWrittenFromAbsent: number })[]
  ).map((r) => ({ ...r, allowWrittenFromAbsent: r.allowWrittenFromAbsent === 1 }));
}

export function listLegalRegimes(db: Db): LegalRegime[] {
  return statement(
    db,
    `SELECT code, name, documents, valid_from AS validFrom, valid_to AS validTo
     FROM legal_regimes ORDER BY valid_from`,
  ).all() as LegalRegime[];
}

export function legalRegimeExists(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM legal_regimes WHERE code = ?').get(code) !== undefined;
}

export function listBaseSalaryRates(
  db: Db,
): { validFrom: string; amount: number; source: string }[] {
  return statement(
    db,
    'SELECT valid_from AS validFrom, amount, source FROM base_salary_rates ORDER BY valid_from',
  ).all() as { validFrom: string; amount: number; source: string }[];
}
