/**
 * Intake speed (issue 4, bench): rows inserted with an import batch are no longer indexed one by one
 * by the FTS trigger; the import indexes the whole batch with one INSERT … SELECT in the same
 * transaction (nominations.repo.ts `insertImportedNominations`), about ten times cheaper for a
 * 10,000-row list. Every other insert, and every update and delete, keeps its trigger.
 *
 * Search over 200,000 nominations: a narrow (id, sort_key) index lets a few thousand FTS matches be
 * put in list order without reading each wide nominations row (nominations.repo.ts `listNominations`).
 */
export const sql = `
DROP TRIGGER nominations_fts_insert;
CREATE TRIGGER nominations_fts_insert AFTER INSERT ON nominations WHEN new.import_batch_id IS NULL BEGIN
  INSERT INTO nominations_fts (rowid, search_key) VALUES (new.id, new.search_key);
END;
CREATE INDEX nominations_id_sort ON nominations (id, sort_key);
`;
