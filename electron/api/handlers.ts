import type { Handlers } from '../../shared/contract';
import { AppError } from '../core/errors';
import type { Services } from '../core/services';

/** Files cross both transports as base64 text. */
function decodeBase64(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new AppError('VALIDATION', 'Nội dung tệp gửi lên bị hỏng (không phải base64).');
  }
  return Buffer.from(text, 'base64');
}

const encodeFile = (f: { fileName: string; content: Buffer }) => ({
  fileName: f.fileName,
  contentBase64: f.content.toString('base64'),
});

/** One line per contract method, no logic: a missing or mistyped method is a compile error. */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),
    'settings.get': () => s.settings.get(),
    'settings.update': (input) => s.settings.update(input),
    'units.list': (input) => s.units.list(input),
    'units.get': ({ id }) => s.units.get(id),
    'units.create': (input) => s.units.create(input),
    'units.update': (input) => s.units.update(input),
    'units.delete': ({ id }) => s.units.delete(id),
    'unitKinds.list': () => s.units.kinds(),
    'legalRegimes.list': () => s.catalog.legalRegimes(),
    'votingRules.list': () => s.catalog.votingRules(),
    'awardForms.list': () => s.catalog.awardForms(),
    'awardForms.create': (input) => s.catalog.saveAwardForm(input, 'create'),
    'awardForms.update': (input) => s.catalog.saveAwardForm(input, 'update'),
    'baseSalary.list': () => s.catalog.baseSalaryRates(),
    'movements.list': () => s.movements.list(),
    'movements.get': ({ id }) => s.movements.get(id),
    'movements.create': (input) => s.movements.create(input),
    'movements.update': ({ id, ...input }) => s.movements.update(id, input),
    'movements.delete': ({ id }) => s.movements.delete(id),
    'movements.presets': () => s.movements.presets(),
    'movements.createFromPreset': ({ presetCode }) => s.movements.createFromPreset(presetCode),
    'nominations.list': (input) => s.nominations.list(input),
    'nominations.get': ({ id, withIdNumber }) => s.nominations.get(id, withIdNumber),
    'nominations.create': (input) => s.nominations.create(input),
    'nominations.update': ({ id, ...input }) => s.nominations.update(id, input),
    'nominations.setSelected': ({ id, selected }) => s.nominations.setSelected(id, selected),
    'nominations.delete': ({ id }) => s.nominations.delete(id),
    'dossiers.list': (input) => s.dossiers.list(input),
    'dossiers.get': ({ id }) => s.dossiers.get(id),
    'dossiers.create': (input) => s.dossiers.create(input),
    'dossiers.update': ({ id, ...input }) => s.dossiers.update(id, input),
    'dossiers.delete': ({ id }) => s.dossiers.delete(id),
    'dossiers.setStatus': (input) => s.dossiers.setStatus(input),
    'dossiers.setChecklistItem': ({ id, state, note }) =>
      s.dossiers.setChecklistItem(id, state, note),
    'dossiers.attachFile': ({ dossierId, fileName, contentBase64 }) =>
      s.dossiers.attachFile(dossierId, fileName, decodeBase64(contentBase64)),
    'dossiers.removeFile': ({ fileId }) => s.dossiers.removeFile(fileId),
    'dossiers.fileContent': ({ fileId }) => encodeFile(s.dossiers.fileContent(fileId)),
    'dossiers.openFile': async ({ fileId }) => {
      const file = s.dossiers.fileContent(fileId);
      return { opened: s.openPath ? await s.openPath(file.path) : false };
    },
    'dossiers.intakeBoard': ({ movementId, periodCode }) =>
      s.dossiers.intakeBoard(movementId, periodCode),
    'requirements.list': () => s.requirements.list(),
    'requirements.create': (input) => s.requirements.create(input),
    'requirements.update': ({ id, ...input }) => s.requirements.update(id, input),
    'requirements.delete': ({ id }) => s.requirements.delete(id),
    'imports.preview': ({ contentBase64, ...rest }) =>
      s.imports.preview({ ...rest, content: decodeBase64(contentBase64) }),
    'imports.commit': ({ contentBase64, ...rest }) =>
      s.imports.commit({ ...rest, content: decodeBase64(contentBase64) }),
    'imports.progress': ({ progressToken }) => s.imports.progress(progressToken),
    'imports.template': async ({ movementId }) => encodeFile(await s.exports.template(movementId)),
    'exports.nominations': async (input) => encodeFile(await s.exports.nominations(input)),
    'exports.dossiers': async (input) => encodeFile(await s.exports.dossiers(input)),
    'exports.intakeBoard': async ({ movementId, periodCode }) =>
      encodeFile(await s.exports.intakeBoard(movementId, periodCode)),
    'exports.duplicates': async ({ movementId }) =>
      encodeFile(await s.exports.duplicates(movementId)),
    'reports.summaryList': (input) => s.reports.summaryList(input),
    'reports.statistics': (input) => s.reports.statistics(input),
    'reports.summaryListExcel': async (input) =>
      encodeFile(await s.reports.summaryListExcel(input)),
    'reports.statisticsExcel': async (input) => encodeFile(await s.reports.statisticsExcel(input)),
    'reports.summaryListPdf': async (input) => encodeFile(await s.reports.summaryListPdf(input)),
    'reports.statisticsPdf': async (input) => encodeFile(await s.reports.statisticsPdf(input)),
    'exchange.exportMovement': (input) => s.exchange.exportMovement(input),
    'exchange.previewPackage': ({ contentBase64, ...rest }) =>
      s.exchange.previewPackage({ ...rest, content: decodeBase64(contentBase64) }),
    'exchange.importPackage': ({ contentBase64, ...rest }) =>
      s.exchange.importPackage({ ...rest, content: decodeBase64(contentBase64) }),
    'duplicates.list': ({ movementId }) => s.duplicates.list(movementId),
    'duplicates.resolve': (input) => s.duplicates.resolve(input),
    'demo.status': () => ({ available: s.demo.available() }),
    'demo.load': () => s.demo.load(),
    'quotas.board': ({ movementId }) => s.movements.board(movementId),
    'councils.list': () => s.councils.list(),
    'councils.get': ({ id }) => s.councils.get(id),
    'councils.create': (input) => s.councils.create(input),
    'councils.update': ({ id, ...input }) => s.councils.update(id, input),
    'councils.delete': ({ id }) => s.councils.delete(id),
    'councils.assignMovement': ({ movementId, councilId }) =>
      s.councils.assignMovement(movementId, councilId),
    'councilMembers.create': (input) => s.councils.createMember(input),
    'councilMembers.update': (input) => s.councils.updateMember(input),
    'councilMembers.delete': ({ id }) => s.councils.deleteMember(id),
    'councilRules.get': ({ councilId }) => s.councils.rules(councilId),
    'councilRules.update': (input) => s.councils.updateRules(input),
    'sessions.list': (input) => s.councils.sessions(input),
    'sessions.get': ({ id }) => s.councils.session(id),
    'sessions.create': (input) => s.councils.createSession(input),
    'sessions.update': (input) => s.councils.updateSession(input),
    'sessions.setAttendance': (input) => s.councils.setAttendance(input),
    'sessions.agenda': ({ id }) => s.councils.agenda(id),
    'sessions.conclude': ({ id }) => s.councils.conclude(id),
    'sessions.voting': ({ id }) => s.councils.voting.voting(id),
    'sessions.openVoting': (input) => s.councils.voting.openVoting(input),
    'sessions.correct': (input) => s.councils.voting.correct(input),
    'sessions.ballotsPdf': async ({ sessionId, ...options }) =>
      encodeFile(await s.councilDocuments.ballotsPdf(sessionId, options)),
    'sessions.minutesPdf': async ({ sessionId, ...options }) =>
      encodeFile(await s.councilDocuments.minutesPdf(sessionId, options)),
    'sessions.voteCountPdf': async ({ sessionId, ...options }) =>
      encodeFile(await s.councilDocuments.voteCountPdf(sessionId, options)),
    'ballots.enter': (input) => s.councils.voting.enterBallot(input),
    'ballots.get': ({ roundId, number }) => s.councils.voting.ballot(roundId, number),
    'ballots.delete': ({ roundId, number }) => s.councils.voting.deleteBallot(roundId, number),
    'rounds.setCounts': (input) => s.councils.voting.setCounts(input),
    'rounds.enterTotals': (input) => s.councils.voting.enterTotals(input),
    'rounds.openSecond': (input) => s.councils.voting.openSecondRound(input),
    'rounds.delete': ({ id }) => s.councils.voting.deleteRound(id),
    'writtenOpinions.set': (input) => s.councils.voting.setWrittenOpinion(input),
    'writtenOpinions.delete': ({ sessionId, memberId }) =>
      s.councils.voting.deleteWrittenOpinion(sessionId, memberId),
    'ties.chairDecide': (input) => s.councils.voting.chairDecide(input),
    'councilOutcomes.selectionUsage': ({ movementId, periodCode }) =>
      s.councils.voting.selectionUsage(movementId, periodCode),
    'documents.decisionDefaults': ({ movementId, date, roundTo }) =>
      s.documents.decisionDefaults(movementId, date, roundTo),
    'documents.decisionPreview': async (input) =>
      encodeFile(await s.documents.decisionPreview(input)),
    'documents.issueDecision': (input) => s.documents.issueDecision(input),
    'documents.register': (input) => s.documents.register(input),
    'documents.get': ({ id }) => s.documents.get(id),
    'documents.nextNumber': ({ docType, year }) => s.documents.nextNumber(docType, year),
    'documents.decisionPdf': async ({ id }) => encodeFile(await s.documents.decisionPdf(id)),
    'documents.decisionDocx': async ({ id }) => encodeFile(await s.documents.decisionDocx(id)),
    'documents.submissionPreview': async (input) =>
      encodeFile(await s.documents.submissionPreview(input)),
    'documents.issueSubmission': (input) => s.documents.issueSubmission(input),
    'documents.submissionPdf': async ({ id }) => encodeFile(await s.documents.submissionPdf(id)),
    'documents.submissionDocx': async ({ id }) => encodeFile(await s.documents.submissionDocx(id)),
    'documents.decisionXlsx': async ({ id }) => encodeFile(await s.documents.decisionXlsx(id)),
    'documents.submissionXlsx': async ({ id }) => encodeFile(await s.documents.submissionXlsx(id)),
    'documents.certificatesPdf': async (input) =>
      encodeFile(await s.certificates.certificatesPdf(input)),
    'documents.certificateCalibrationPdf': async (input) =>
      encodeFile(await s.certificates.calibrationPdf(input)),
    'documents.certificateLayouts': () => s.certificates.layouts(),
    'documents.saveCertificateLayout': ({ layout }) => s.certificates.saveLayout(layout),
    'documents.resetCertificateLayout': ({ kind }) => s.certificates.resetLayout(kind),
    'backup.list': () => s.backup.overview(),
    'backup.create': () => s.backup.create(),
    'backup.download': ({ name }) => encodeFile(s.backup.download(name)),
    'backup.restore': ({ name }) => s.backup.restore(name),
    'backup.restoreUpload': ({ fileName, contentBase64 }) =>
      s.backup.restoreUpload(fileName, decodeBase64(contentBase64)),
    'backupSettings.get': () => s.backup.settings(),
    'backupSettings.update': (input) => s.backup.updateSettings(input),
    'audit.list': (input) => s.audit.list(input),
    'audit.exportExcel': async (input) => encodeFile(await s.audit.exportExcel(input)),
  } satisfies Handlers;
}
