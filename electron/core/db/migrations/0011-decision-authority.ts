/**
 * Decision authority (domain.md rule G4, §1.3): the award-form level the agency's signer decides
 * (e.g. 'Xã' for a commune chairman). NULL: not declared yet, so a Quyết định is issued with a
 * warning only. A level from the editable catalogue (award_forms.level), never a fixed list.
 * The audit triggers of agency_settings (migration 9) list their columns: recreated with it.
 */
export const sql = String.raw`
ALTER TABLE agency_settings ADD COLUMN decision_level TEXT;

DROP TRIGGER audit_agency_settings_insert;
DROP TRIGGER audit_agency_settings_update;
DROP TRIGGER audit_agency_settings_delete;
CREATE TRIGGER audit_agency_settings_insert AFTER INSERT ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', new.id, 'insert', NULL, json_object('id', new.id, 'governing_body', new.governing_body, 'issuing_body', new.issuing_body, 'issuing_body_abbr', new.issuing_body_abbr, 'place_name', new.place_name, 'signer_on_behalf_of', new.signer_on_behalf_of, 'signer_delegation', new.signer_delegation, 'signer_delegation_of', new.signer_delegation_of, 'signer_title', new.signer_title, 'signer_name', new.signer_name, 'user_name', new.user_name, 'decision_level', new.decision_level, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_agency_settings_update AFTER UPDATE ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', new.id, 'update', json_object('id', old.id, 'governing_body', old.governing_body, 'issuing_body', old.issuing_body, 'issuing_body_abbr', old.issuing_body_abbr, 'place_name', old.place_name, 'signer_on_behalf_of', old.signer_on_behalf_of, 'signer_delegation', old.signer_delegation, 'signer_delegation_of', old.signer_delegation_of, 'signer_title', old.signer_title, 'signer_name', old.signer_name, 'user_name', old.user_name, 'decision_level', old.decision_level, 'updated_at', old.updated_at), json_object('id', new.id, 'governing_body', new.governing_body, 'issuing_body', new.issuing_body, 'issuing_body_abbr', new.issuing_body_abbr, 'place_name', new.place_name, 'signer_on_behalf_of', new.signer_on_behalf_of, 'signer_delegation', new.signer_delegation, 'signer_delegation_of', new.signer_delegation_of, 'signer_title', new.signer_title, 'signer_name', new.signer_name, 'user_name', new.user_name, 'decision_level', new.decision_level, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_agency_settings_delete AFTER DELETE ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', old.id, 'delete', json_object('id', old.id, 'governing_body', old.governing_body, 'issuing_body', old.issuing_body, 'issuing_body_abbr', old.issuing_body_abbr, 'place_name', old.place_name, 'signer_on_behalf_of', old.signer_on_behalf_of, 'signer_delegation', old.signer_delegation, 'signer_delegation_of', old.signer_delegation_of, 'signer_title', old.signer_title, 'signer_name', old.signer_name, 'user_name', old.user_name, 'decision_level', old.decision_level, 'updated_at', old.updated_at), NULL);
END;
`;
