import type { AgencySettings, AgencySettingsData } from '../../../shared/domain/settings';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export function getAgencySettings(db: Db): AgencySettings {
  return statement(
    db,
    `SELECT governing_body AS governingBody, issuing_body AS issuingBody,
              issuing_body_abbr AS issuingBodyAbbr, place_name AS placeName,
              signer_on_behalf_of AS signerOnBehalfOf, signer_delegation AS signerDelegation,
              signer_delegation_of AS signerDelegationOf, signer_title AS signerTitle,
              signer_name AS signerName, user_name AS userName,
              decision_level AS decisionLevel, updated_at AS updatedAt
       FROM agency_settings WHERE id = 1`,
  ).get() as AgencySettings;
}

/** `decisionLevel` left out (undefined) keeps the saved level. */
export function saveAgencySettings(db: Db, s: AgencySettingsData, now: string): void {
  const { decisionLevel, ...rest } = s;
  statement(
    db,
    `UPDATE agency_settings SET governing_body = @governingBody, issuing_body = @issuingBody,
            issuing_body_abbr = @issuingBodyAbbr, place_name = @placeName,
            signer_on_behalf_of = @signerOnBehalfOf, signer_delegation = @signerDelegation,
            signer_delegation_of = @signerDelegationOf, signer_title = @signerTitle,
            signer_name = @signerName, user_name = @userName,
            decision_level = CASE WHEN @keepLevel THEN decision_level ELSE @decisionLevel END,
            updated_at = @now
     WHERE id = 1`,
  ).run({
    ...rest,
    keepLevel: decisionLevel === undefined ? 1 : 0,
    decisionLevel: decisionLevel ?? null,
    now,
  });
}
