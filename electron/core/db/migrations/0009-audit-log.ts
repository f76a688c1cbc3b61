/**
 * The audit trail (issue 7, item 2): every change to a business table is logged by a trigger, so it
 * lands in the same transaction as the change without touching the repositories. The user is the
 * name set in Cài đặt (agency_settings.user_name), read at the time of the change.
 * Trigger bodies were generated from each table's column list at version 8 and reviewed:
 * CCCD (nominations.id_number) and the duplicate merge snapshot (which holds it) are written as
 * '(ẩn)' with a *_changed flag on update; derived search/sort keys are left out. Nominations of an
 * import batch are not logged one by one: the import_batches row (with row_count) stands for them.
 * nominations_fts* are internal and not audited.
 */
export const sql = String.raw`
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  user_name TEXT NOT NULL DEFAULT '',
  entity TEXT NOT NULL,
  entity_id TEXT,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi không được sửa.');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi không được xoá.');
END;

CREATE TRIGGER audit_agency_settings_insert AFTER INSERT ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', new.id, 'insert', NULL, json_object('id', new.id, 'governing_body', new.governing_body, 'issuing_body', new.issuing_body, 'issuing_body_abbr', new.issuing_body_abbr, 'place_name', new.place_name, 'signer_on_behalf_of', new.signer_on_behalf_of, 'signer_delegation', new.signer_delegation, 'signer_delegation_of', new.signer_delegation_of, 'signer_title', new.signer_title, 'signer_name', new.signer_name, 'user_name', new.user_name, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_agency_settings_update AFTER UPDATE ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', new.id, 'update', json_object('id', old.id, 'governing_body', old.governing_body, 'issuing_body', old.issuing_body, 'issuing_body_abbr', old.issuing_body_abbr, 'place_name', old.place_name, 'signer_on_behalf_of', old.signer_on_behalf_of, 'signer_delegation', old.signer_delegation, 'signer_delegation_of', old.signer_delegation_of, 'signer_title', old.signer_title, 'signer_name', old.signer_name, 'user_name', old.user_name, 'updated_at', old.updated_at), json_object('id', new.id, 'governing_body', new.governing_body, 'issuing_body', new.issuing_body, 'issuing_body_abbr', new.issuing_body_abbr, 'place_name', new.place_name, 'signer_on_behalf_of', new.signer_on_behalf_of, 'signer_delegation', new.signer_delegation, 'signer_delegation_of', new.signer_delegation_of, 'signer_title', new.signer_title, 'signer_name', new.signer_name, 'user_name', new.user_name, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_agency_settings_delete AFTER DELETE ON agency_settings
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'agency_settings', old.id, 'delete', json_object('id', old.id, 'governing_body', old.governing_body, 'issuing_body', old.issuing_body, 'issuing_body_abbr', old.issuing_body_abbr, 'place_name', old.place_name, 'signer_on_behalf_of', old.signer_on_behalf_of, 'signer_delegation', old.signer_delegation, 'signer_delegation_of', old.signer_delegation_of, 'signer_title', old.signer_title, 'signer_name', old.signer_name, 'user_name', old.user_name, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_award_forms_insert AFTER INSERT ON award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'award_forms', new.code, 'insert', NULL, json_object('code', new.code, 'name', new.name, 'print_name', new.print_name, 'award_class', new.award_class, 'level', new.level, 'deciding_authority', new.deciding_authority, 'subject_types', new.subject_types, 'allows_posthumous', new.allows_posthumous, 'armed_forces_only', new.armed_forces_only, 'procedure', new.procedure, 'legal_source', new.legal_source, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'sort_order', new.sort_order, 'default_voting_rule_code', new.default_voting_rule_code));
END;
CREATE TRIGGER audit_award_forms_update AFTER UPDATE ON award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'award_forms', new.code, 'update', json_object('code', old.code, 'name', old.name, 'print_name', old.print_name, 'award_class', old.award_class, 'level', old.level, 'deciding_authority', old.deciding_authority, 'subject_types', old.subject_types, 'allows_posthumous', old.allows_posthumous, 'armed_forces_only', old.armed_forces_only, 'procedure', old.procedure, 'legal_source', old.legal_source, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'sort_order', old.sort_order, 'default_voting_rule_code', old.default_voting_rule_code), json_object('code', new.code, 'name', new.name, 'print_name', new.print_name, 'award_class', new.award_class, 'level', new.level, 'deciding_authority', new.deciding_authority, 'subject_types', new.subject_types, 'allows_posthumous', new.allows_posthumous, 'armed_forces_only', new.armed_forces_only, 'procedure', new.procedure, 'legal_source', new.legal_source, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'sort_order', new.sort_order, 'default_voting_rule_code', new.default_voting_rule_code));
END;
CREATE TRIGGER audit_award_forms_delete AFTER DELETE ON award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'award_forms', old.code, 'delete', json_object('code', old.code, 'name', old.name, 'print_name', old.print_name, 'award_class', old.award_class, 'level', old.level, 'deciding_authority', old.deciding_authority, 'subject_types', old.subject_types, 'allows_posthumous', old.allows_posthumous, 'armed_forces_only', old.armed_forces_only, 'procedure', old.procedure, 'legal_source', old.legal_source, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'sort_order', old.sort_order, 'default_voting_rule_code', old.default_voting_rule_code), NULL);
END;
CREATE TRIGGER audit_ballots_insert AFTER INSERT ON ballots
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'ballots', new.id, 'insert', NULL, json_object('id', new.id, 'round_id', new.round_id, 'number', new.number, 'marks', new.marks, 'entered_at', new.entered_at));
END;
CREATE TRIGGER audit_ballots_update AFTER UPDATE ON ballots
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'ballots', new.id, 'update', json_object('id', old.id, 'round_id', old.round_id, 'number', old.number, 'marks', old.marks, 'entered_at', old.entered_at), json_object('id', new.id, 'round_id', new.round_id, 'number', new.number, 'marks', new.marks, 'entered_at', new.entered_at));
END;
CREATE TRIGGER audit_ballots_delete AFTER DELETE ON ballots
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'ballots', old.id, 'delete', json_object('id', old.id, 'round_id', old.round_id, 'number', old.number, 'marks', old.marks, 'entered_at', old.entered_at), NULL);
END;
CREATE TRIGGER audit_base_salary_rates_insert AFTER INSERT ON base_salary_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'base_salary_rates', new.valid_from, 'insert', NULL, json_object('valid_from', new.valid_from, 'amount', new.amount, 'source', new.source));
END;
CREATE TRIGGER audit_base_salary_rates_update AFTER UPDATE ON base_salary_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'base_salary_rates', new.valid_from, 'update', json_object('valid_from', old.valid_from, 'amount', old.amount, 'source', old.source), json_object('valid_from', new.valid_from, 'amount', new.amount, 'source', new.source));
END;
CREATE TRIGGER audit_base_salary_rates_delete AFTER DELETE ON base_salary_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'base_salary_rates', old.valid_from, 'delete', json_object('valid_from', old.valid_from, 'amount', old.amount, 'source', old.source), NULL);
END;
CREATE TRIGGER audit_chair_decisions_insert AFTER INSERT ON chair_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'chair_decisions', new.id, 'insert', NULL, json_object('id', new.id, 'session_id', new.session_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'places', new.places, 'tied_ids', new.tied_ids, 'selected_ids', new.selected_ids, 'decided_by', new.decided_by, 'note', new.note, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_chair_decisions_update AFTER UPDATE ON chair_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'chair_decisions', new.id, 'update', json_object('id', old.id, 'session_id', old.session_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'places', old.places, 'tied_ids', old.tied_ids, 'selected_ids', old.selected_ids, 'decided_by', old.decided_by, 'note', old.note, 'recorded_at', old.recorded_at), json_object('id', new.id, 'session_id', new.session_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'places', new.places, 'tied_ids', new.tied_ids, 'selected_ids', new.selected_ids, 'decided_by', new.decided_by, 'note', new.note, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_chair_decisions_delete AFTER DELETE ON chair_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'chair_decisions', old.id, 'delete', json_object('id', old.id, 'session_id', old.session_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'places', old.places, 'tied_ids', old.tied_ids, 'selected_ids', old.selected_ids, 'decided_by', old.decided_by, 'note', old.note, 'recorded_at', old.recorded_at), NULL);
END;
CREATE TRIGGER audit_council_members_insert AFTER INSERT ON council_members
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_members', new.id, 'insert', NULL, json_object('id', new.id, 'council_id', new.council_id, 'full_name', new.full_name, 'position', new.position, 'role', new.role, 'is_voting', new.is_voting, 'term_from', new.term_from, 'term_to', new.term_to, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_council_members_update AFTER UPDATE ON council_members
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_members', new.id, 'update', json_object('id', old.id, 'council_id', old.council_id, 'full_name', old.full_name, 'position', old.position, 'role', old.role, 'is_voting', old.is_voting, 'term_from', old.term_from, 'term_to', old.term_to, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'council_id', new.council_id, 'full_name', new.full_name, 'position', new.position, 'role', new.role, 'is_voting', new.is_voting, 'term_from', new.term_from, 'term_to', new.term_to, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_council_members_delete AFTER DELETE ON council_members
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_members', old.id, 'delete', json_object('id', old.id, 'council_id', old.council_id, 'full_name', old.full_name, 'position', old.position, 'role', old.role, 'is_voting', old.is_voting, 'term_from', old.term_from, 'term_to', old.term_to, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_council_rules_insert AFTER INSERT ON council_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_rules', new.council_id, 'insert', NULL, json_object('council_id', new.council_id, 'quorum_num', new.quorum_num, 'quorum_den', new.quorum_den, 'quorum_comparator', new.quorum_comparator, 'tie_rule', new.tie_rule, 'source', new.source, 'updated_at', new.updated_at, 'over_quota_rule', new.over_quota_rule, 'numbered_ballots', new.numbered_ballots));
END;
CREATE TRIGGER audit_council_rules_update AFTER UPDATE ON council_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_rules', new.council_id, 'update', json_object('council_id', old.council_id, 'quorum_num', old.quorum_num, 'quorum_den', old.quorum_den, 'quorum_comparator', old.quorum_comparator, 'tie_rule', old.tie_rule, 'source', old.source, 'updated_at', old.updated_at, 'over_quota_rule', old.over_quota_rule, 'numbered_ballots', old.numbered_ballots), json_object('council_id', new.council_id, 'quorum_num', new.quorum_num, 'quorum_den', new.quorum_den, 'quorum_comparator', new.quorum_comparator, 'tie_rule', new.tie_rule, 'source', new.source, 'updated_at', new.updated_at, 'over_quota_rule', new.over_quota_rule, 'numbered_ballots', new.numbered_ballots));
END;
CREATE TRIGGER audit_council_rules_delete AFTER DELETE ON council_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_rules', old.council_id, 'delete', json_object('council_id', old.council_id, 'quorum_num', old.quorum_num, 'quorum_den', old.quorum_den, 'quorum_comparator', old.quorum_comparator, 'tie_rule', old.tie_rule, 'source', old.source, 'updated_at', old.updated_at, 'over_quota_rule', old.over_quota_rule, 'numbered_ballots', old.numbered_ballots), NULL);
END;
CREATE TRIGGER audit_council_sessions_insert AFTER INSERT ON council_sessions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_sessions', new.id, 'insert', NULL, json_object('id', new.id, 'council_id', new.council_id, 'movement_id', new.movement_id, 'period_code', new.period_code, 'date', new.date, 'start_time', new.start_time, 'place', new.place, 'note', new.note, 'status', new.status, 'concluded_at', new.concluded_at, 'quorum_num', new.quorum_num, 'quorum_den', new.quorum_den, 'quorum_comparator', new.quorum_comparator, 'created_at', new.created_at, 'updated_at', new.updated_at, 'over_quota_rule', new.over_quota_rule, 'tie_rule', new.tie_rule));
END;
CREATE TRIGGER audit_council_sessions_update AFTER UPDATE ON council_sessions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_sessions', new.id, 'update', json_object('id', old.id, 'council_id', old.council_id, 'movement_id', old.movement_id, 'period_code', old.period_code, 'date', old.date, 'start_time', old.start_time, 'place', old.place, 'note', old.note, 'status', old.status, 'concluded_at', old.concluded_at, 'quorum_num', old.quorum_num, 'quorum_den', old.quorum_den, 'quorum_comparator', old.quorum_comparator, 'created_at', old.created_at, 'updated_at', old.updated_at, 'over_quota_rule', old.over_quota_rule, 'tie_rule', old.tie_rule), json_object('id', new.id, 'council_id', new.council_id, 'movement_id', new.movement_id, 'period_code', new.period_code, 'date', new.date, 'start_time', new.start_time, 'place', new.place, 'note', new.note, 'status', new.status, 'concluded_at', new.concluded_at, 'quorum_num', new.quorum_num, 'quorum_den', new.quorum_den, 'quorum_comparator', new.quorum_comparator, 'created_at', new.created_at, 'updated_at', new.updated_at, 'over_quota_rule', new.over_quota_rule, 'tie_rule', new.tie_rule));
END;
CREATE TRIGGER audit_council_sessions_delete AFTER DELETE ON council_sessions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_sessions', old.id, 'delete', json_object('id', old.id, 'council_id', old.council_id, 'movement_id', old.movement_id, 'period_code', old.period_code, 'date', old.date, 'start_time', old.start_time, 'place', old.place, 'note', old.note, 'status', old.status, 'concluded_at', old.concluded_at, 'quorum_num', old.quorum_num, 'quorum_den', old.quorum_den, 'quorum_comparator', old.quorum_comparator, 'created_at', old.created_at, 'updated_at', old.updated_at, 'over_quota_rule', old.over_quota_rule, 'tie_rule', old.tie_rule), NULL);
END;
CREATE TRIGGER audit_council_voting_overrides_insert AFTER INSERT ON council_voting_overrides
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_voting_overrides', new.id, 'insert', NULL, json_object('id', new.id, 'council_id', new.council_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'voting_rule_code', new.voting_rule_code, 'source', new.source));
END;
CREATE TRIGGER audit_council_voting_overrides_update AFTER UPDATE ON council_voting_overrides
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_voting_overrides', new.id, 'update', json_object('id', old.id, 'council_id', old.council_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'voting_rule_code', old.voting_rule_code, 'source', old.source), json_object('id', new.id, 'council_id', new.council_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'voting_rule_code', new.voting_rule_code, 'source', new.source));
END;
CREATE TRIGGER audit_council_voting_overrides_delete AFTER DELETE ON council_voting_overrides
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'council_voting_overrides', old.id, 'delete', json_object('id', old.id, 'council_id', old.council_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'voting_rule_code', old.voting_rule_code, 'source', old.source), NULL);
END;
CREATE TRIGGER audit_councils_insert AFTER INSERT ON councils
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'councils', new.id, 'insert', NULL, json_object('id', new.id, 'name', new.name, 'issuing_body', new.issuing_body, 'decision_number', new.decision_number, 'decision_date', new.decision_date, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_councils_update AFTER UPDATE ON councils
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'councils', new.id, 'update', json_object('id', old.id, 'name', old.name, 'issuing_body', old.issuing_body, 'decision_number', old.decision_number, 'decision_date', old.decision_date, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'name', new.name, 'issuing_body', new.issuing_body, 'decision_number', new.decision_number, 'decision_date', new.decision_date, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_councils_delete AFTER DELETE ON councils
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'councils', old.id, 'delete', json_object('id', old.id, 'name', old.name, 'issuing_body', old.issuing_body, 'decision_number', old.decision_number, 'decision_date', old.decision_date, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_document_awardees_insert AFTER INSERT ON document_awardees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'document_awardees', new.document_id || '/' || new.position, 'insert', NULL, json_object('document_id', new.document_id, 'position', new.position, 'nomination_id', new.nomination_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'printed_name', new.printed_name, 'printed_detail', new.printed_detail, 'multiplier', new.multiplier, 'amount', new.amount));
END;
CREATE TRIGGER audit_document_awardees_update AFTER UPDATE ON document_awardees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'document_awardees', new.document_id || '/' || new.position, 'update', json_object('document_id', old.document_id, 'position', old.position, 'nomination_id', old.nomination_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'printed_name', old.printed_name, 'printed_detail', old.printed_detail, 'multiplier', old.multiplier, 'amount', old.amount), json_object('document_id', new.document_id, 'position', new.position, 'nomination_id', new.nomination_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'printed_name', new.printed_name, 'printed_detail', new.printed_detail, 'multiplier', new.multiplier, 'amount', new.amount));
END;
CREATE TRIGGER audit_document_awardees_delete AFTER DELETE ON document_awardees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'document_awardees', old.document_id || '/' || old.position, 'delete', json_object('document_id', old.document_id, 'position', old.position, 'nomination_id', old.nomination_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'printed_name', old.printed_name, 'printed_detail', old.printed_detail, 'multiplier', old.multiplier, 'amount', old.amount), NULL);
END;
CREATE TRIGGER audit_dossier_award_forms_insert AFTER INSERT ON dossier_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_award_forms', new.dossier_id || '/' || new.award_form_code, 'insert', NULL, json_object('dossier_id', new.dossier_id, 'award_form_code', new.award_form_code));
END;
CREATE TRIGGER audit_dossier_award_forms_update AFTER UPDATE ON dossier_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_award_forms', new.dossier_id || '/' || new.award_form_code, 'update', json_object('dossier_id', old.dossier_id, 'award_form_code', old.award_form_code), json_object('dossier_id', new.dossier_id, 'award_form_code', new.award_form_code));
END;
CREATE TRIGGER audit_dossier_award_forms_delete AFTER DELETE ON dossier_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_award_forms', old.dossier_id || '/' || old.award_form_code, 'delete', json_object('dossier_id', old.dossier_id, 'award_form_code', old.award_form_code), NULL);
END;
CREATE TRIGGER audit_dossier_checklist_items_insert AFTER INSERT ON dossier_checklist_items
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_checklist_items', new.id, 'insert', NULL, json_object('id', new.id, 'dossier_id', new.dossier_id, 'doc_type', new.doc_type, 'label', new.label, 'copies', new.copies, 'mandatory', new.mandatory, 'legal_source', new.legal_source, 'state', new.state, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_dossier_checklist_items_update AFTER UPDATE ON dossier_checklist_items
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_checklist_items', new.id, 'update', json_object('id', old.id, 'dossier_id', old.dossier_id, 'doc_type', old.doc_type, 'label', old.label, 'copies', old.copies, 'mandatory', old.mandatory, 'legal_source', old.legal_source, 'state', old.state, 'note', old.note, 'sort_order', old.sort_order), json_object('id', new.id, 'dossier_id', new.dossier_id, 'doc_type', new.doc_type, 'label', new.label, 'copies', new.copies, 'mandatory', new.mandatory, 'legal_source', new.legal_source, 'state', new.state, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_dossier_checklist_items_delete AFTER DELETE ON dossier_checklist_items
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_checklist_items', old.id, 'delete', json_object('id', old.id, 'dossier_id', old.dossier_id, 'doc_type', old.doc_type, 'label', old.label, 'copies', old.copies, 'mandatory', old.mandatory, 'legal_source', old.legal_source, 'state', old.state, 'note', old.note, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_dossier_files_insert AFTER INSERT ON dossier_files
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_files', new.id, 'insert', NULL, json_object('id', new.id, 'dossier_id', new.dossier_id, 'file_name', new.file_name, 'sha256', new.sha256, 'size', new.size, 'stored_name', new.stored_name, 'added_at', new.added_at));
END;
CREATE TRIGGER audit_dossier_files_update AFTER UPDATE ON dossier_files
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_files', new.id, 'update', json_object('id', old.id, 'dossier_id', old.dossier_id, 'file_name', old.file_name, 'sha256', old.sha256, 'size', old.size, 'stored_name', old.stored_name, 'added_at', old.added_at), json_object('id', new.id, 'dossier_id', new.dossier_id, 'file_name', new.file_name, 'sha256', new.sha256, 'size', new.size, 'stored_name', new.stored_name, 'added_at', new.added_at));
END;
CREATE TRIGGER audit_dossier_files_delete AFTER DELETE ON dossier_files
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_files', old.id, 'delete', json_object('id', old.id, 'dossier_id', old.dossier_id, 'file_name', old.file_name, 'sha256', old.sha256, 'size', old.size, 'stored_name', old.stored_name, 'added_at', old.added_at), NULL);
END;
CREATE TRIGGER audit_dossier_requirements_insert AFTER INSERT ON dossier_requirements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_requirements', new.id, 'insert', NULL, json_object('id', new.id, 'procedure', new.procedure, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'condition', new.condition, 'doc_type', new.doc_type, 'label', new.label, 'copies', new.copies, 'mandatory', new.mandatory, 'legal_source', new.legal_source, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_dossier_requirements_update AFTER UPDATE ON dossier_requirements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_requirements', new.id, 'update', json_object('id', old.id, 'procedure', old.procedure, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'condition', old.condition, 'doc_type', old.doc_type, 'label', old.label, 'copies', old.copies, 'mandatory', old.mandatory, 'legal_source', old.legal_source, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'sort_order', old.sort_order), json_object('id', new.id, 'procedure', new.procedure, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'condition', new.condition, 'doc_type', new.doc_type, 'label', new.label, 'copies', new.copies, 'mandatory', new.mandatory, 'legal_source', new.legal_source, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_dossier_requirements_delete AFTER DELETE ON dossier_requirements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_requirements', old.id, 'delete', json_object('id', old.id, 'procedure', old.procedure, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'condition', old.condition, 'doc_type', old.doc_type, 'label', old.label, 'copies', old.copies, 'mandatory', old.mandatory, 'legal_source', old.legal_source, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_dossier_status_history_insert AFTER INSERT ON dossier_status_history
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_status_history', new.id, 'insert', NULL, json_object('id', new.id, 'dossier_id', new.dossier_id, 'status', new.status, 'date', new.date, 'reason', new.reason, 'at', new.at));
END;
CREATE TRIGGER audit_dossier_status_history_update AFTER UPDATE ON dossier_status_history
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_status_history', new.id, 'update', json_object('id', old.id, 'dossier_id', old.dossier_id, 'status', old.status, 'date', old.date, 'reason', old.reason, 'at', old.at), json_object('id', new.id, 'dossier_id', new.dossier_id, 'status', new.status, 'date', new.date, 'reason', new.reason, 'at', new.at));
END;
CREATE TRIGGER audit_dossier_status_history_delete AFTER DELETE ON dossier_status_history
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossier_status_history', old.id, 'delete', json_object('id', old.id, 'dossier_id', old.dossier_id, 'status', old.status, 'date', old.date, 'reason', old.reason, 'at', old.at), NULL);
END;
CREATE TRIGGER audit_dossiers_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossiers', new.id, 'insert', NULL, json_object('id', new.id, 'year', new.year, 'incoming_number', new.incoming_number, 'received_date', new.received_date, 'proposing_unit_id', new.proposing_unit_id, 'document_number', new.document_number, 'document_date', new.document_date, 'movement_id', new.movement_id, 'period_code', new.period_code, 'procedure', new.procedure, 'status', new.status, 'status_date', new.status_date, 'status_reason', new.status_reason, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_dossiers_update AFTER UPDATE ON dossiers
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossiers', new.id, 'update', json_object('id', old.id, 'year', old.year, 'incoming_number', old.incoming_number, 'received_date', old.received_date, 'proposing_unit_id', old.proposing_unit_id, 'document_number', old.document_number, 'document_date', old.document_date, 'movement_id', old.movement_id, 'period_code', old.period_code, 'procedure', old.procedure, 'status', old.status, 'status_date', old.status_date, 'status_reason', old.status_reason, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'year', new.year, 'incoming_number', new.incoming_number, 'received_date', new.received_date, 'proposing_unit_id', new.proposing_unit_id, 'document_number', new.document_number, 'document_date', new.document_date, 'movement_id', new.movement_id, 'period_code', new.period_code, 'procedure', new.procedure, 'status', new.status, 'status_date', new.status_date, 'status_reason', new.status_reason, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_dossiers_delete AFTER DELETE ON dossiers
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'dossiers', old.id, 'delete', json_object('id', old.id, 'year', old.year, 'incoming_number', old.incoming_number, 'received_date', old.received_date, 'proposing_unit_id', old.proposing_unit_id, 'document_number', old.document_number, 'document_date', old.document_date, 'movement_id', old.movement_id, 'period_code', old.period_code, 'procedure', old.procedure, 'status', old.status, 'status_date', old.status_date, 'status_reason', old.status_reason, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_duplicate_decisions_insert AFTER INSERT ON duplicate_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'duplicate_decisions', new.id, 'insert', NULL, json_object('id', new.id, 'pair_key', new.pair_key, 'decision', new.decision, 'kept_id', new.kept_id, 'removed_snapshot', iif(new.removed_snapshot IS NULL OR new.removed_snapshot = '', NULL, '(ẩn)'), 'reason', new.reason, 'decided_at', new.decided_at));
END;
CREATE TRIGGER audit_duplicate_decisions_update AFTER UPDATE ON duplicate_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'duplicate_decisions', new.id, 'update', json_object('id', old.id, 'pair_key', old.pair_key, 'decision', old.decision, 'kept_id', old.kept_id, 'removed_snapshot', iif(old.removed_snapshot IS NULL OR old.removed_snapshot = '', NULL, '(ẩn)'), 'reason', old.reason, 'decided_at', old.decided_at), json_object('id', new.id, 'pair_key', new.pair_key, 'decision', new.decision, 'kept_id', new.kept_id, 'removed_snapshot', iif(new.removed_snapshot IS NULL OR new.removed_snapshot = '', NULL, '(ẩn)'), 'reason', new.reason, 'decided_at', new.decided_at, 'removed_snapshot_changed', json(iif(old.removed_snapshot IS NOT new.removed_snapshot, 'true', 'false'))));
END;
CREATE TRIGGER audit_duplicate_decisions_delete AFTER DELETE ON duplicate_decisions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'duplicate_decisions', old.id, 'delete', json_object('id', old.id, 'pair_key', old.pair_key, 'decision', old.decision, 'kept_id', old.kept_id, 'removed_snapshot', iif(old.removed_snapshot IS NULL OR old.removed_snapshot = '', NULL, '(ẩn)'), 'reason', old.reason, 'decided_at', old.decided_at), NULL);
END;
CREATE TRIGGER audit_import_batches_insert AFTER INSERT ON import_batches
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'import_batches', new.id, 'insert', NULL, json_object('id', new.id, 'dossier_id', new.dossier_id, 'file_name', new.file_name, 'sha256', new.sha256, 'row_count', new.row_count, 'imported_at', new.imported_at));
END;
CREATE TRIGGER audit_import_batches_update AFTER UPDATE ON import_batches
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'import_batches', new.id, 'update', json_object('id', old.id, 'dossier_id', old.dossier_id, 'file_name', old.file_name, 'sha256', old.sha256, 'row_count', old.row_count, 'imported_at', old.imported_at), json_object('id', new.id, 'dossier_id', new.dossier_id, 'file_name', new.file_name, 'sha256', new.sha256, 'row_count', new.row_count, 'imported_at', new.imported_at));
END;
CREATE TRIGGER audit_import_batches_delete AFTER DELETE ON import_batches
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'import_batches', old.id, 'delete', json_object('id', old.id, 'dossier_id', old.dossier_id, 'file_name', old.file_name, 'sha256', old.sha256, 'row_count', old.row_count, 'imported_at', old.imported_at), NULL);
END;
CREATE TRIGGER audit_issued_documents_insert AFTER INSERT ON issued_documents
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'issued_documents', new.id, 'insert', NULL, json_object('id', new.id, 'doc_type', new.doc_type, 'issuing_body', new.issuing_body, 'year', new.year, 'number', new.number, 'symbol', new.symbol, 'summary', new.summary, 'date', new.date, 'signer_json', new.signer_json, 'movement_id', new.movement_id, 'status', new.status, 'content_json', new.content_json, 'awardee_count', new.awardee_count, 'total_amount', new.total_amount, 'created_at', new.created_at, 'issued_at', new.issued_at));
END;
CREATE TRIGGER audit_issued_documents_update AFTER UPDATE ON issued_documents
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'issued_documents', new.id, 'update', json_object('id', old.id, 'doc_type', old.doc_type, 'issuing_body', old.issuing_body, 'year', old.year, 'number', old.number, 'symbol', old.symbol, 'summary', old.summary, 'date', old.date, 'signer_json', old.signer_json, 'movement_id', old.movement_id, 'status', old.status, 'content_json', old.content_json, 'awardee_count', old.awardee_count, 'total_amount', old.total_amount, 'created_at', old.created_at, 'issued_at', old.issued_at), json_object('id', new.id, 'doc_type', new.doc_type, 'issuing_body', new.issuing_body, 'year', new.year, 'number', new.number, 'symbol', new.symbol, 'summary', new.summary, 'date', new.date, 'signer_json', new.signer_json, 'movement_id', new.movement_id, 'status', new.status, 'content_json', new.content_json, 'awardee_count', new.awardee_count, 'total_amount', new.total_amount, 'created_at', new.created_at, 'issued_at', new.issued_at));
END;
CREATE TRIGGER audit_issued_documents_delete AFTER DELETE ON issued_documents
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'issued_documents', old.id, 'delete', json_object('id', old.id, 'doc_type', old.doc_type, 'issuing_body', old.issuing_body, 'year', old.year, 'number', old.number, 'symbol', old.symbol, 'summary', old.summary, 'date', old.date, 'signer_json', old.signer_json, 'movement_id', old.movement_id, 'status', old.status, 'content_json', old.content_json, 'awardee_count', old.awardee_count, 'total_amount', old.total_amount, 'created_at', old.created_at, 'issued_at', old.issued_at), NULL);
END;
CREATE TRIGGER audit_legal_regimes_insert AFTER INSERT ON legal_regimes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'legal_regimes', new.code, 'insert', NULL, json_object('code', new.code, 'name', new.name, 'documents', new.documents, 'valid_from', new.valid_from, 'valid_to', new.valid_to));
END;
CREATE TRIGGER audit_legal_regimes_update AFTER UPDATE ON legal_regimes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'legal_regimes', new.code, 'update', json_object('code', old.code, 'name', old.name, 'documents', old.documents, 'valid_from', old.valid_from, 'valid_to', old.valid_to), json_object('code', new.code, 'name', new.name, 'documents', new.documents, 'valid_from', new.valid_from, 'valid_to', new.valid_to));
END;
CREATE TRIGGER audit_legal_regimes_delete AFTER DELETE ON legal_regimes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'legal_regimes', old.code, 'delete', json_object('code', old.code, 'name', old.name, 'documents', old.documents, 'valid_from', old.valid_from, 'valid_to', old.valid_to), NULL);
END;
CREATE TRIGGER audit_movement_award_forms_insert AFTER INSERT ON movement_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_award_forms', new.movement_id || '/' || new.award_form_code, 'insert', NULL, json_object('movement_id', new.movement_id, 'award_form_code', new.award_form_code, 'subject_types', new.subject_types, 'procedure', new.procedure, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_award_forms_update AFTER UPDATE ON movement_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_award_forms', new.movement_id || '/' || new.award_form_code, 'update', json_object('movement_id', old.movement_id, 'award_form_code', old.award_form_code, 'subject_types', old.subject_types, 'procedure', old.procedure, 'note', old.note, 'sort_order', old.sort_order), json_object('movement_id', new.movement_id, 'award_form_code', new.award_form_code, 'subject_types', new.subject_types, 'procedure', new.procedure, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_award_forms_delete AFTER DELETE ON movement_award_forms
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_award_forms', old.movement_id || '/' || old.award_form_code, 'delete', json_object('movement_id', old.movement_id, 'award_form_code', old.award_form_code, 'subject_types', old.subject_types, 'procedure', old.procedure, 'note', old.note, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_movement_deadlines_insert AFTER INSERT ON movement_deadlines
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_deadlines', new.id, 'insert', NULL, json_object('id', new.id, 'movement_id', new.movement_id, 'kind', new.kind, 'label', new.label, 'date', new.date, 'inclusive', new.inclusive, 'clause', new.clause, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_deadlines_update AFTER UPDATE ON movement_deadlines
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_deadlines', new.id, 'update', json_object('id', old.id, 'movement_id', old.movement_id, 'kind', old.kind, 'label', old.label, 'date', old.date, 'inclusive', old.inclusive, 'clause', old.clause, 'sort_order', old.sort_order), json_object('id', new.id, 'movement_id', new.movement_id, 'kind', new.kind, 'label', new.label, 'date', new.date, 'inclusive', new.inclusive, 'clause', new.clause, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_deadlines_delete AFTER DELETE ON movement_deadlines
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_deadlines', old.id, 'delete', json_object('id', old.id, 'movement_id', old.movement_id, 'kind', old.kind, 'label', old.label, 'date', old.date, 'inclusive', old.inclusive, 'clause', old.clause, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_movement_periods_insert AFTER INSERT ON movement_periods
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_periods', new.id, 'insert', NULL, json_object('id', new.id, 'movement_id', new.movement_id, 'code', new.code, 'name', new.name, 'start_date', new.start_date, 'end_date', new.end_date, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_periods_update AFTER UPDATE ON movement_periods
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_periods', new.id, 'update', json_object('id', old.id, 'movement_id', old.movement_id, 'code', old.code, 'name', old.name, 'start_date', old.start_date, 'end_date', old.end_date, 'note', old.note, 'sort_order', old.sort_order), json_object('id', new.id, 'movement_id', new.movement_id, 'code', new.code, 'name', new.name, 'start_date', new.start_date, 'end_date', new.end_date, 'note', new.note, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_periods_delete AFTER DELETE ON movement_periods
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_periods', old.id, 'delete', json_object('id', old.id, 'movement_id', old.movement_id, 'code', old.code, 'name', old.name, 'start_date', old.start_date, 'end_date', old.end_date, 'note', old.note, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_movement_routes_insert AFTER INSERT ON movement_routes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_routes', new.id, 'insert', NULL, json_object('id', new.id, 'movement_id', new.movement_id, 'proposer', new.proposer, 'route_to', new.route_to, 'scope', new.scope, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_routes_update AFTER UPDATE ON movement_routes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_routes', new.id, 'update', json_object('id', old.id, 'movement_id', old.movement_id, 'proposer', old.proposer, 'route_to', old.route_to, 'scope', old.scope, 'sort_order', old.sort_order), json_object('id', new.id, 'movement_id', new.movement_id, 'proposer', new.proposer, 'route_to', new.route_to, 'scope', new.scope, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_movement_routes_delete AFTER DELETE ON movement_routes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movement_routes', old.id, 'delete', json_object('id', old.id, 'movement_id', old.movement_id, 'proposer', old.proposer, 'route_to', old.route_to, 'scope', old.scope, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_movements_insert AFTER INSERT ON movements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movements', new.id, 'insert', NULL, json_object('id', new.id, 'number', new.number, 'symbol', new.symbol, 'issued_date', new.issued_date, 'issuing_body', new.issuing_body, 'title', new.title, 'implements_plan', new.implements_plan, 'receiving_body', new.receiving_body, 'procedure', new.procedure, 'legal_regime_code', new.legal_regime_code, 'start_date', new.start_date, 'end_date', new.end_date, 'preset_code', new.preset_code, 'created_at', new.created_at, 'updated_at', new.updated_at, 'council_id', new.council_id));
END;
CREATE TRIGGER audit_movements_update AFTER UPDATE ON movements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movements', new.id, 'update', json_object('id', old.id, 'number', old.number, 'symbol', old.symbol, 'issued_date', old.issued_date, 'issuing_body', old.issuing_body, 'title', old.title, 'implements_plan', old.implements_plan, 'receiving_body', old.receiving_body, 'procedure', old.procedure, 'legal_regime_code', old.legal_regime_code, 'start_date', old.start_date, 'end_date', old.end_date, 'preset_code', old.preset_code, 'created_at', old.created_at, 'updated_at', old.updated_at, 'council_id', old.council_id), json_object('id', new.id, 'number', new.number, 'symbol', new.symbol, 'issued_date', new.issued_date, 'issuing_body', new.issuing_body, 'title', new.title, 'implements_plan', new.implements_plan, 'receiving_body', new.receiving_body, 'procedure', new.procedure, 'legal_regime_code', new.legal_regime_code, 'start_date', new.start_date, 'end_date', new.end_date, 'preset_code', new.preset_code, 'created_at', new.created_at, 'updated_at', new.updated_at, 'council_id', new.council_id));
END;
CREATE TRIGGER audit_movements_delete AFTER DELETE ON movements
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'movements', old.id, 'delete', json_object('id', old.id, 'number', old.number, 'symbol', old.symbol, 'issued_date', old.issued_date, 'issuing_body', old.issuing_body, 'title', old.title, 'implements_plan', old.implements_plan, 'receiving_body', old.receiving_body, 'procedure', old.procedure, 'legal_regime_code', old.legal_regime_code, 'start_date', old.start_date, 'end_date', old.end_date, 'preset_code', old.preset_code, 'created_at', old.created_at, 'updated_at', old.updated_at, 'council_id', old.council_id), NULL);
END;
CREATE TRIGGER audit_nomination_outcomes_insert AFTER INSERT ON nomination_outcomes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nomination_outcomes', new.nomination_id, 'insert', NULL, json_object('nomination_id', new.nomination_id, 'session_id', new.session_id, 'outcome', new.outcome, 'correction_id', new.correction_id, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_nomination_outcomes_update AFTER UPDATE ON nomination_outcomes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nomination_outcomes', new.nomination_id, 'update', json_object('nomination_id', old.nomination_id, 'session_id', old.session_id, 'outcome', old.outcome, 'correction_id', old.correction_id, 'updated_at', old.updated_at), json_object('nomination_id', new.nomination_id, 'session_id', new.session_id, 'outcome', new.outcome, 'correction_id', new.correction_id, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_nomination_outcomes_delete AFTER DELETE ON nomination_outcomes
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nomination_outcomes', old.nomination_id, 'delete', json_object('nomination_id', old.nomination_id, 'session_id', old.session_id, 'outcome', old.outcome, 'correction_id', old.correction_id, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_nominations_insert AFTER INSERT ON nominations
WHEN new.import_batch_id IS NULL
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nominations', new.id, 'insert', NULL, json_object('id', new.id, 'movement_id', new.movement_id, 'period_code', new.period_code, 'proposing_unit_id', new.proposing_unit_id, 'workplace_unit_id', new.workplace_unit_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'full_name', new.full_name, 'posthumous', new.posthumous, 'selected', new.selected, 'created_at', new.created_at, 'updated_at', new.updated_at, 'dossier_id', new.dossier_id, 'honorific', new.honorific, 'gender', new.gender, 'birth_date', new.birth_date, 'birth_year', new.birth_year, 'ethnicity', new.ethnicity, 'position', new.position, 'workplace', new.workplace, 'is_leader', new.is_leader, 'is_enterprise', new.is_enterprise, 'achievement', new.achievement, 'id_number', iif(new.id_number IS NULL OR new.id_number = '', NULL, '(ẩn)'), 'note', new.note, 'source', new.source, 'import_batch_id', new.import_batch_id));
END;
CREATE TRIGGER audit_nominations_update AFTER UPDATE ON nominations
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nominations', new.id, 'update', json_object('id', old.id, 'movement_id', old.movement_id, 'period_code', old.period_code, 'proposing_unit_id', old.proposing_unit_id, 'workplace_unit_id', old.workplace_unit_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'full_name', old.full_name, 'posthumous', old.posthumous, 'selected', old.selected, 'created_at', old.created_at, 'updated_at', old.updated_at, 'dossier_id', old.dossier_id, 'honorific', old.honorific, 'gender', old.gender, 'birth_date', old.birth_date, 'birth_year', old.birth_year, 'ethnicity', old.ethnicity, 'position', old.position, 'workplace', old.workplace, 'is_leader', old.is_leader, 'is_enterprise', old.is_enterprise, 'achievement', old.achievement, 'id_number', iif(old.id_number IS NULL OR old.id_number = '', NULL, '(ẩn)'), 'note', old.note, 'source', old.source, 'import_batch_id', old.import_batch_id), json_object('id', new.id, 'movement_id', new.movement_id, 'period_code', new.period_code, 'proposing_unit_id', new.proposing_unit_id, 'workplace_unit_id', new.workplace_unit_id, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'full_name', new.full_name, 'posthumous', new.posthumous, 'selected', new.selected, 'created_at', new.created_at, 'updated_at', new.updated_at, 'dossier_id', new.dossier_id, 'honorific', new.honorific, 'gender', new.gender, 'birth_date', new.birth_date, 'birth_year', new.birth_year, 'ethnicity', new.ethnicity, 'position', new.position, 'workplace', new.workplace, 'is_leader', new.is_leader, 'is_enterprise', new.is_enterprise, 'achievement', new.achievement, 'id_number', iif(new.id_number IS NULL OR new.id_number = '', NULL, '(ẩn)'), 'note', new.note, 'source', new.source, 'import_batch_id', new.import_batch_id, 'id_number_changed', json(iif(old.id_number IS NOT new.id_number, 'true', 'false'))));
END;
CREATE TRIGGER audit_nominations_delete AFTER DELETE ON nominations
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'nominations', old.id, 'delete', json_object('id', old.id, 'movement_id', old.movement_id, 'period_code', old.period_code, 'proposing_unit_id', old.proposing_unit_id, 'workplace_unit_id', old.workplace_unit_id, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'full_name', old.full_name, 'posthumous', old.posthumous, 'selected', old.selected, 'created_at', old.created_at, 'updated_at', old.updated_at, 'dossier_id', old.dossier_id, 'honorific', old.honorific, 'gender', old.gender, 'birth_date', old.birth_date, 'birth_year', old.birth_year, 'ethnicity', old.ethnicity, 'position', old.position, 'workplace', old.workplace, 'is_leader', old.is_leader, 'is_enterprise', old.is_enterprise, 'achievement', old.achievement, 'id_number', iif(old.id_number IS NULL OR old.id_number = '', NULL, '(ẩn)'), 'note', old.note, 'source', old.source, 'import_batch_id', old.import_batch_id), NULL);
END;
CREATE TRIGGER audit_quota_rules_insert AFTER INSERT ON quota_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'quota_rules', new.id, 'insert', NULL, json_object('id', new.id, 'movement_id', new.movement_id, 'kind', new.kind, 'scope', new.scope, 'unit_kind_codes', new.unit_kind_codes, 'unit_sectors', new.unit_sectors, 'award_form_code', new.award_form_code, 'period_code', new.period_code, 'limits', new.limits, 'overrides', new.overrides, 'clause', new.clause, 'clause_text', new.clause_text, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_quota_rules_update AFTER UPDATE ON quota_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'quota_rules', new.id, 'update', json_object('id', old.id, 'movement_id', old.movement_id, 'kind', old.kind, 'scope', old.scope, 'unit_kind_codes', old.unit_kind_codes, 'unit_sectors', old.unit_sectors, 'award_form_code', old.award_form_code, 'period_code', old.period_code, 'limits', old.limits, 'overrides', old.overrides, 'clause', old.clause, 'clause_text', old.clause_text, 'sort_order', old.sort_order), json_object('id', new.id, 'movement_id', new.movement_id, 'kind', new.kind, 'scope', new.scope, 'unit_kind_codes', new.unit_kind_codes, 'unit_sectors', new.unit_sectors, 'award_form_code', new.award_form_code, 'period_code', new.period_code, 'limits', new.limits, 'overrides', new.overrides, 'clause', new.clause, 'clause_text', new.clause_text, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_quota_rules_delete AFTER DELETE ON quota_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'quota_rules', old.id, 'delete', json_object('id', old.id, 'movement_id', old.movement_id, 'kind', old.kind, 'scope', old.scope, 'unit_kind_codes', old.unit_kind_codes, 'unit_sectors', old.unit_sectors, 'award_form_code', old.award_form_code, 'period_code', old.period_code, 'limits', old.limits, 'overrides', old.overrides, 'clause', old.clause, 'clause_text', old.clause_text, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_reward_rates_insert AFTER INSERT ON reward_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'reward_rates', new.award_form_code || '/' || new.subject_type || '/' || new.regime_code, 'insert', NULL, json_object('award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'regime_code', new.regime_code, 'multiplier', new.multiplier, 'source', new.source));
END;
CREATE TRIGGER audit_reward_rates_update AFTER UPDATE ON reward_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'reward_rates', new.award_form_code || '/' || new.subject_type || '/' || new.regime_code, 'update', json_object('award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'regime_code', old.regime_code, 'multiplier', old.multiplier, 'source', old.source), json_object('award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'regime_code', new.regime_code, 'multiplier', new.multiplier, 'source', new.source));
END;
CREATE TRIGGER audit_reward_rates_delete AFTER DELETE ON reward_rates
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'reward_rates', old.award_form_code || '/' || old.subject_type || '/' || old.regime_code, 'delete', json_object('award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'regime_code', old.regime_code, 'multiplier', old.multiplier, 'source', old.source), NULL);
END;
CREATE TRIGGER audit_round_nominees_insert AFTER INSERT ON round_nominees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_nominees', new.section_id || '/' || new.nomination_id, 'insert', NULL, json_object('section_id', new.section_id, 'nomination_id', new.nomination_id, 'full_name', new.full_name, 'position', new.position, 'proposing_unit_name', new.proposing_unit_name, 'dossier_id', new.dossier_id, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_round_nominees_update AFTER UPDATE ON round_nominees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_nominees', new.section_id || '/' || new.nomination_id, 'update', json_object('section_id', old.section_id, 'nomination_id', old.nomination_id, 'full_name', old.full_name, 'position', old.position, 'proposing_unit_name', old.proposing_unit_name, 'dossier_id', old.dossier_id, 'sort_order', old.sort_order), json_object('section_id', new.section_id, 'nomination_id', new.nomination_id, 'full_name', new.full_name, 'position', new.position, 'proposing_unit_name', new.proposing_unit_name, 'dossier_id', new.dossier_id, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_round_nominees_delete AFTER DELETE ON round_nominees
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_nominees', old.section_id || '/' || old.nomination_id, 'delete', json_object('section_id', old.section_id, 'nomination_id', old.nomination_id, 'full_name', old.full_name, 'position', old.position, 'proposing_unit_name', old.proposing_unit_name, 'dossier_id', old.dossier_id, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_round_sections_insert AFTER INSERT ON round_sections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_sections', new.id, 'insert', NULL, json_object('id', new.id, 'round_id', new.round_id, 'award_form_code', new.award_form_code, 'award_form_name', new.award_form_name, 'subject_type', new.subject_type, 'quota', new.quota, 'voting_rule_code', new.voting_rule_code, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_round_sections_update AFTER UPDATE ON round_sections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_sections', new.id, 'update', json_object('id', old.id, 'round_id', old.round_id, 'award_form_code', old.award_form_code, 'award_form_name', old.award_form_name, 'subject_type', old.subject_type, 'quota', old.quota, 'voting_rule_code', old.voting_rule_code, 'sort_order', old.sort_order), json_object('id', new.id, 'round_id', new.round_id, 'award_form_code', new.award_form_code, 'award_form_name', new.award_form_name, 'subject_type', new.subject_type, 'quota', new.quota, 'voting_rule_code', new.voting_rule_code, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_round_sections_delete AFTER DELETE ON round_sections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_sections', old.id, 'delete', json_object('id', old.id, 'round_id', old.round_id, 'award_form_code', old.award_form_code, 'award_form_name', old.award_form_name, 'subject_type', old.subject_type, 'quota', old.quota, 'voting_rule_code', old.voting_rule_code, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_round_totals_insert AFTER INSERT ON round_totals
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_totals', new.round_id || '/' || new.nomination_id, 'insert', NULL, json_object('round_id', new.round_id, 'nomination_id', new.nomination_id, 'yes', new.yes, 'no', new.no));
END;
CREATE TRIGGER audit_round_totals_update AFTER UPDATE ON round_totals
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_totals', new.round_id || '/' || new.nomination_id, 'update', json_object('round_id', old.round_id, 'nomination_id', old.nomination_id, 'yes', old.yes, 'no', old.no), json_object('round_id', new.round_id, 'nomination_id', new.nomination_id, 'yes', new.yes, 'no', new.no));
END;
CREATE TRIGGER audit_round_totals_delete AFTER DELETE ON round_totals
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'round_totals', old.round_id || '/' || old.nomination_id, 'delete', json_object('round_id', old.round_id, 'nomination_id', old.nomination_id, 'yes', old.yes, 'no', old.no), NULL);
END;
CREATE TRIGGER audit_session_attendance_insert AFTER INSERT ON session_attendance
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_attendance', new.session_id || '/' || new.member_id, 'insert', NULL, json_object('session_id', new.session_id, 'member_id', new.member_id, 'status', new.status, 'reason', new.reason, 'member_name', new.member_name, 'member_position', new.member_position, 'member_role', new.member_role, 'member_voting', new.member_voting, 'sort_order', new.sort_order, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_session_attendance_update AFTER UPDATE ON session_attendance
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_attendance', new.session_id || '/' || new.member_id, 'update', json_object('session_id', old.session_id, 'member_id', old.member_id, 'status', old.status, 'reason', old.reason, 'member_name', old.member_name, 'member_position', old.member_position, 'member_role', old.member_role, 'member_voting', old.member_voting, 'sort_order', old.sort_order, 'updated_at', old.updated_at), json_object('session_id', new.session_id, 'member_id', new.member_id, 'status', new.status, 'reason', new.reason, 'member_name', new.member_name, 'member_position', new.member_position, 'member_role', new.member_role, 'member_voting', new.member_voting, 'sort_order', new.sort_order, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_session_attendance_delete AFTER DELETE ON session_attendance
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_attendance', old.session_id || '/' || old.member_id, 'delete', json_object('session_id', old.session_id, 'member_id', old.member_id, 'status', old.status, 'reason', old.reason, 'member_name', old.member_name, 'member_position', old.member_position, 'member_role', old.member_role, 'member_voting', old.member_voting, 'sort_order', old.sort_order, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_session_corrections_insert AFTER INSERT ON session_corrections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_corrections', new.id, 'insert', NULL, json_object('id', new.id, 'session_id', new.session_id, 'nomination_id', new.nomination_id, 'previous_outcome', new.previous_outcome, 'outcome', new.outcome, 'yes', new.yes, 'no', new.no, 'reason', new.reason, 'act_date', new.act_date, 'recorded_by', new.recorded_by, 'reference', new.reference, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_session_corrections_update AFTER UPDATE ON session_corrections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_corrections', new.id, 'update', json_object('id', old.id, 'session_id', old.session_id, 'nomination_id', old.nomination_id, 'previous_outcome', old.previous_outcome, 'outcome', old.outcome, 'yes', old.yes, 'no', old.no, 'reason', old.reason, 'act_date', old.act_date, 'recorded_by', old.recorded_by, 'reference', old.reference, 'recorded_at', old.recorded_at), json_object('id', new.id, 'session_id', new.session_id, 'nomination_id', new.nomination_id, 'previous_outcome', new.previous_outcome, 'outcome', new.outcome, 'yes', new.yes, 'no', new.no, 'reason', new.reason, 'act_date', new.act_date, 'recorded_by', new.recorded_by, 'reference', new.reference, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_session_corrections_delete AFTER DELETE ON session_corrections
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_corrections', old.id, 'delete', json_object('id', old.id, 'session_id', old.session_id, 'nomination_id', old.nomination_id, 'previous_outcome', old.previous_outcome, 'outcome', old.outcome, 'yes', old.yes, 'no', old.no, 'reason', old.reason, 'act_date', old.act_date, 'recorded_by', old.recorded_by, 'reference', old.reference, 'recorded_at', old.recorded_at), NULL);
END;
CREATE TRIGGER audit_session_results_insert AFTER INSERT ON session_results
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_results', new.session_id || '/' || new.nomination_id, 'insert', NULL, json_object('session_id', new.session_id, 'nomination_id', new.nomination_id, 'award_form_code', new.award_form_code, 'award_form_name', new.award_form_name, 'subject_type', new.subject_type, 'quota', new.quota, 'full_name', new.full_name, 'position', new.position, 'proposing_unit_name', new.proposing_unit_name, 'dossier_id', new.dossier_id, 'yes', new.yes, 'no', new.no, 'written_yes', new.written_yes, 'written_no', new.written_no, 'base', new.base, 'base_kind', new.base_kind, 'voting_rule_code', new.voting_rule_code, 'threshold_num', new.threshold_num, 'threshold_den', new.threshold_den, 'comparator', new.comparator, 'passed', new.passed, 'rank', new.rank, 'second_round_yes', new.second_round_yes, 'resolved_by', new.resolved_by, 'outcome', new.outcome, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_session_results_update AFTER UPDATE ON session_results
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_results', new.session_id || '/' || new.nomination_id, 'update', json_object('session_id', old.session_id, 'nomination_id', old.nomination_id, 'award_form_code', old.award_form_code, 'award_form_name', old.award_form_name, 'subject_type', old.subject_type, 'quota', old.quota, 'full_name', old.full_name, 'position', old.position, 'proposing_unit_name', old.proposing_unit_name, 'dossier_id', old.dossier_id, 'yes', old.yes, 'no', old.no, 'written_yes', old.written_yes, 'written_no', old.written_no, 'base', old.base, 'base_kind', old.base_kind, 'voting_rule_code', old.voting_rule_code, 'threshold_num', old.threshold_num, 'threshold_den', old.threshold_den, 'comparator', old.comparator, 'passed', old.passed, 'rank', old.rank, 'second_round_yes', old.second_round_yes, 'resolved_by', old.resolved_by, 'outcome', old.outcome, 'sort_order', old.sort_order), json_object('session_id', new.session_id, 'nomination_id', new.nomination_id, 'award_form_code', new.award_form_code, 'award_form_name', new.award_form_name, 'subject_type', new.subject_type, 'quota', new.quota, 'full_name', new.full_name, 'position', new.position, 'proposing_unit_name', new.proposing_unit_name, 'dossier_id', new.dossier_id, 'yes', new.yes, 'no', new.no, 'written_yes', new.written_yes, 'written_no', new.written_no, 'base', new.base, 'base_kind', new.base_kind, 'voting_rule_code', new.voting_rule_code, 'threshold_num', new.threshold_num, 'threshold_den', new.threshold_den, 'comparator', new.comparator, 'passed', new.passed, 'rank', new.rank, 'second_round_yes', new.second_round_yes, 'resolved_by', new.resolved_by, 'outcome', new.outcome, 'sort_order', new.sort_order));
END;
CREATE TRIGGER audit_session_results_delete AFTER DELETE ON session_results
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'session_results', old.session_id || '/' || old.nomination_id, 'delete', json_object('session_id', old.session_id, 'nomination_id', old.nomination_id, 'award_form_code', old.award_form_code, 'award_form_name', old.award_form_name, 'subject_type', old.subject_type, 'quota', old.quota, 'full_name', old.full_name, 'position', old.position, 'proposing_unit_name', old.proposing_unit_name, 'dossier_id', old.dossier_id, 'yes', old.yes, 'no', old.no, 'written_yes', old.written_yes, 'written_no', old.written_no, 'base', old.base, 'base_kind', old.base_kind, 'voting_rule_code', old.voting_rule_code, 'threshold_num', old.threshold_num, 'threshold_den', old.threshold_den, 'comparator', old.comparator, 'passed', old.passed, 'rank', old.rank, 'second_round_yes', old.second_round_yes, 'resolved_by', old.resolved_by, 'outcome', old.outcome, 'sort_order', old.sort_order), NULL);
END;
CREATE TRIGGER audit_unit_kinds_insert AFTER INSERT ON unit_kinds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'unit_kinds', new.code, 'insert', NULL, json_object('code', new.code, 'name', new.name, 'sort_order', new.sort_order, 'is_armed_forces', new.is_armed_forces));
END;
CREATE TRIGGER audit_unit_kinds_update AFTER UPDATE ON unit_kinds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'unit_kinds', new.code, 'update', json_object('code', old.code, 'name', old.name, 'sort_order', old.sort_order, 'is_armed_forces', old.is_armed_forces), json_object('code', new.code, 'name', new.name, 'sort_order', new.sort_order, 'is_armed_forces', new.is_armed_forces));
END;
CREATE TRIGGER audit_unit_kinds_delete AFTER DELETE ON unit_kinds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'unit_kinds', old.code, 'delete', json_object('code', old.code, 'name', old.name, 'sort_order', old.sort_order, 'is_armed_forces', old.is_armed_forces), NULL);
END;
CREATE TRIGGER audit_units_insert AFTER INSERT ON units
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'units', new.id, 'insert', NULL, json_object('id', new.id, 'parent_id', new.parent_id, 'name', new.name, 'short_name', new.short_name, 'kind_code', new.kind_code, 'sector', new.sector, 'code', new.code, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_units_update AFTER UPDATE ON units
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'units', new.id, 'update', json_object('id', old.id, 'parent_id', old.parent_id, 'name', old.name, 'short_name', old.short_name, 'kind_code', old.kind_code, 'sector', old.sector, 'code', old.code, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'parent_id', new.parent_id, 'name', new.name, 'short_name', new.short_name, 'kind_code', new.kind_code, 'sector', new.sector, 'code', new.code, 'valid_from', new.valid_from, 'valid_to', new.valid_to, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_units_delete AFTER DELETE ON units
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'units', old.id, 'delete', json_object('id', old.id, 'parent_id', old.parent_id, 'name', old.name, 'short_name', old.short_name, 'kind_code', old.kind_code, 'sector', old.sector, 'code', old.code, 'valid_from', old.valid_from, 'valid_to', old.valid_to, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), NULL);
END;
CREATE TRIGGER audit_voting_rounds_insert AFTER INSERT ON voting_rounds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rounds', new.id, 'insert', NULL, json_object('id', new.id, 'session_id', new.session_id, 'number', new.number, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'places', new.places, 'ballots_issued', new.ballots_issued, 'not_returned', new.not_returned, 'numbered', new.numbered, 'totals_returned', new.totals_returned, 'totals_invalid', new.totals_invalid, 'opened_at', new.opened_at));
END;
CREATE TRIGGER audit_voting_rounds_update AFTER UPDATE ON voting_rounds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rounds', new.id, 'update', json_object('id', old.id, 'session_id', old.session_id, 'number', old.number, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'places', old.places, 'ballots_issued', old.ballots_issued, 'not_returned', old.not_returned, 'numbered', old.numbered, 'totals_returned', old.totals_returned, 'totals_invalid', old.totals_invalid, 'opened_at', old.opened_at), json_object('id', new.id, 'session_id', new.session_id, 'number', new.number, 'award_form_code', new.award_form_code, 'subject_type', new.subject_type, 'places', new.places, 'ballots_issued', new.ballots_issued, 'not_returned', new.not_returned, 'numbered', new.numbered, 'totals_returned', new.totals_returned, 'totals_invalid', new.totals_invalid, 'opened_at', new.opened_at));
END;
CREATE TRIGGER audit_voting_rounds_delete AFTER DELETE ON voting_rounds
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rounds', old.id, 'delete', json_object('id', old.id, 'session_id', old.session_id, 'number', old.number, 'award_form_code', old.award_form_code, 'subject_type', old.subject_type, 'places', old.places, 'ballots_issued', old.ballots_issued, 'not_returned', old.not_returned, 'numbered', old.numbered, 'totals_returned', old.totals_returned, 'totals_invalid', old.totals_invalid, 'opened_at', old.opened_at), NULL);
END;
CREATE TRIGGER audit_voting_rules_insert AFTER INSERT ON voting_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rules', new.code, 'insert', NULL, json_object('code', new.code, 'name', new.name, 'method', new.method, 'base', new.base, 'threshold_num', new.threshold_num, 'threshold_den', new.threshold_den, 'comparator', new.comparator, 'allow_written_from_absent', new.allow_written_from_absent, 'source', new.source, 'valid_from', new.valid_from, 'valid_to', new.valid_to));
END;
CREATE TRIGGER audit_voting_rules_update AFTER UPDATE ON voting_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rules', new.code, 'update', json_object('code', old.code, 'name', old.name, 'method', old.method, 'base', old.base, 'threshold_num', old.threshold_num, 'threshold_den', old.threshold_den, 'comparator', old.comparator, 'allow_written_from_absent', old.allow_written_from_absent, 'source', old.source, 'valid_from', old.valid_from, 'valid_to', old.valid_to), json_object('code', new.code, 'name', new.name, 'method', new.method, 'base', new.base, 'threshold_num', new.threshold_num, 'threshold_den', new.threshold_den, 'comparator', new.comparator, 'allow_written_from_absent', new.allow_written_from_absent, 'source', new.source, 'valid_from', new.valid_from, 'valid_to', new.valid_to));
END;
CREATE TRIGGER audit_voting_rules_delete AFTER DELETE ON voting_rules
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'voting_rules', old.code, 'delete', json_object('code', old.code, 'name', old.name, 'method', old.method, 'base', old.base, 'threshold_num', old.threshold_num, 'threshold_den', old.threshold_den, 'comparator', old.comparator, 'allow_written_from_absent', old.allow_written_from_absent, 'source', old.source, 'valid_from', old.valid_from, 'valid_to', old.valid_to), NULL);
END;
CREATE TRIGGER audit_written_opinions_insert AFTER INSERT ON written_opinions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'written_opinions', new.session_id || '/' || new.member_id || '/' || new.nomination_id, 'insert', NULL, json_object('session_id', new.session_id, 'member_id', new.member_id, 'nomination_id', new.nomination_id, 'mark', new.mark, 'received_date', new.received_date, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_written_opinions_update AFTER UPDATE ON written_opinions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'written_opinions', new.session_id || '/' || new.member_id || '/' || new.nomination_id, 'update', json_object('session_id', old.session_id, 'member_id', old.member_id, 'nomination_id', old.nomination_id, 'mark', old.mark, 'received_date', old.received_date, 'recorded_at', old.recorded_at), json_object('session_id', new.session_id, 'member_id', new.member_id, 'nomination_id', new.nomination_id, 'mark', new.mark, 'received_date', new.received_date, 'recorded_at', new.recorded_at));
END;
CREATE TRIGGER audit_written_opinions_delete AFTER DELETE ON written_opinions
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'written_opinions', old.session_id || '/' || old.member_id || '/' || old.nomination_id, 'delete', json_object('session_id', old.session_id, 'member_id', old.member_id, 'nomination_id', old.nomination_id, 'mark', old.mark, 'received_date', old.received_date, 'recorded_at', old.recorded_at), NULL);
END;

`;
