/**
 * Calibrated certificate layouts (issue 6, item 3): one row per blank kind (phôi Bằng khen /
 * Giấy khen), so the calibration survives a change of PC, is in the backups and in the audit
 * trail. A kind without a row prints with the built-in default; "Khôi phục mặc định" deletes the
 * row. The field boxes are JSON checked by the zod schema (CertificateLayout) on every read.
 */
export const sql = String.raw`
CREATE TABLE certificate_layouts (
  kind         TEXT PRIMARY KEY CHECK (kind IN ('bang_khen', 'giay_khen')),
  label        TEXT NOT NULL CHECK (length(label) <= 100),
  page_size    TEXT NOT NULL CHECK (page_size IN ('A4', 'A3')),
  orientation  TEXT NOT NULL CHECK (orientation IN ('portrait', 'landscape')),
  offset_x     REAL NOT NULL DEFAULT 0 CHECK (offset_x BETWEEN -50 AND 50),
  offset_y     REAL NOT NULL DEFAULT 0 CHECK (offset_y BETWEEN -50 AND 50),
  fields_json  TEXT NOT NULL CHECK (json_valid(fields_json)),
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_certificate_layouts_insert AFTER INSERT ON certificate_layouts
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'certificate_layouts', new.kind, 'insert', NULL, json_object('kind', new.kind, 'label', new.label, 'page_size', new.page_size, 'orientation', new.orientation, 'offset_x', new.offset_x, 'offset_y', new.offset_y, 'fields_json', new.fields_json, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_certificate_layouts_update AFTER UPDATE ON certificate_layouts
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'certificate_layouts', new.kind, 'update', json_object('kind', old.kind, 'label', old.label, 'page_size', old.page_size, 'orientation', old.orientation, 'offset_x', old.offset_x, 'offset_y', old.offset_y, 'fields_json', old.fields_json, 'updated_at', old.updated_at), json_object('kind', new.kind, 'label', new.label, 'page_size', new.page_size, 'orientation', new.orientation, 'offset_x', new.offset_x, 'offset_y', new.offset_y, 'fields_json', new.fields_json, 'updated_at', new.updated_at));
END;
CREATE TRIGGER audit_certificate_layouts_delete AFTER DELETE ON certificate_layouts
BEGIN
  INSERT INTO audit_log (user_name, entity, entity_id, action, before, after)
  VALUES (coalesce((SELECT user_name FROM agency_settings WHERE id = 1), ''), 'certificate_layouts', old.kind, 'delete', json_object('kind', old.kind, 'label', old.label, 'page_size', old.page_size, 'orientation', old.orientation, 'offset_x', old.offset_x, 'offset_y', old.offset_y, 'fields_json', old.fields_json, 'updated_at', old.updated_at), NULL);
END;
`;
