import { DOSSIER_STATUS_LABELS } from '../../../shared/domain/dossier-labels';
import { todayIso } from '../../../shared/domain/dates';
import {
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackagePayload,
  type ExchangeExportData,
  type ExchangeExportResult,
  type ExchangeImportData,
  type ExchangeImportResult,
  type ExchangeIssue,
  type ExchangePreview,
  type ExchangePreviewData,
  type PackageManifest,
} from '../../../shared/domain/exchange';
import type { NominationData } from '../../../shared/domain/nomination';
import { searchKey } from '../../../shared/text/vietnamese';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import type { DossiersService } from '../dossiers/dossiers.service';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as nominationsRepo from '../nominations/nominations.repo';
import { nominationKeys, nominationProblems } from '../nominations/nominations.service';
import { getAgencySettings } from '../settings/settings.repo';
import * as unitsRepo from '../units/units.repo';
import {
  canonicalJson,
  inflatePayload,
  MAX_PACKAGE_BYTES,
  MAX_PAYLOAD_BYTES,
  readManifest,
  sha256,
  tampered,
  writeContainer,
} from './container';
import * as repo from './exchange.repo';
import { storeContent } from '../dossiers/file-store';

export interface ExchangeService {
  exportMovement(input: ExchangeExportData): ExchangeExportResult;
  previewPackage(
    input: Omit<ExchangePreviewData, 'contentBase64'> & { content: Buffer },
  ): ExchangePreview;
  importPackage(
    input: Omit<ExchangeImportData, 'contentBase64'> & { content: Buffer },
  ): ExchangeImportResult;
}

/** Statuses a dossier has when it is ready to go up, unless the user picks dossiers. */
const READY_STATUSES = new Set(['hop_le', 'trinh_hoi_dong']);

interface OpenedPackage {
  manifest: PackageManifest;
  payload: PackagePayload;
  /** Per exported dossier: what marks it as received (import batch `sha256`). */
  receiptKeys: string[];
  files: Buffer[][];
}

const fold = (text: string) => searchKey(text);

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'goi'
  );
}

/** A name without case, diacritics, "UBND"/"Ủy ban nhân dân", brackets and punctuation. */
function nameKey(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(uy ban nhan dan|ubnd)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Candidates by name: the same name (as `nameKey` sees it) first, then one name containing the other. */
function match<T extends { id: number }>(
  items: readonly T[],
  names: (item: T) => (string | null)[],
  wanted: (string | null)[],
  label: (item: T) => string,
): { id: number; name: string; exact: boolean }[] {
  const keys = wanted.map((w) => nameKey(w ?? '')).filter((k) => k.length > 0);
  const out: { id: number; name: string; exact: boolean }[] = [];
  for (const item of items) {
    const own = names(item)
      .map((n) => nameKey(n ?? ''))
      .filter((n) => n.length > 0);
    const exact = own.some((n) => keys.includes(n));
    const partial =
      !exact &&
      own.some((n) =>
        keys.some((k) => n.length >= 4 && k.length >= 4 && (n.includes(k) || k.includes(n))),
      );
    if (exact || partial) out.push({ id: item.id, name: label(item), exact });
  }
  return out.sort((a, b) => Number(b.exact) - Number(a.exact));
}

/**
 * Exchange between levels (issue 7 item 7): a movement's proposals leave one installation as one
 * `.tdkt` package and enter the level above as incoming dossiers, checked and all-or-nothing.
 */
export function createExchangeService(
  db: Db,
  clock: () => Date,
  deps: { filesDir: string; appVersion: string; dossiers: DossiersService },
): ExchangeService {
  const schemaVersion = () => db.pragma('user_version', { simple: true }) as number;

  function exportMovement(input: ExchangeExportData): ExchangeExportResult {
    const movement = movementsRepo.getMovement(db, input.movementId);
    if (!movement) throw notFound(`phong trào có mã số ${input.movementId}`);
    const agency = getAgencySettings(db);
    if (agency.issuingBody.trim() === '') {
      throw new AppError(
        'VALIDATION',
        'Chưa khai báo tên cơ quan trong Cài đặt: cấp trên cần biết gói hồ sơ do cơ quan nào gửi.',
      );
    }
    if (input.documentDate !== null && input.documentDate > todayIso(clock())) {
      throw new AppError('VALIDATION', 'Ngày tờ trình gửi cấp trên ở tương lai.');
    }
    let rows: dossiersRepo.DossierRow[];
    if (input.dossierIds) {
      rows = input.dossierIds.map((id) => {
        const row = dossiersRepo.getDossierRow(db, id);
        if (!row) throw notFound(`hồ sơ có mã số ${id}`);
        if (row.movementId !== movement.id) {
          throw new AppError(
            'VALIDATION',
            `Hồ sơ ${row.incomingNumber}/${row.year} không thuộc phong trào “${movement.title}”.`,
          );
        }
        return row;
      });
    } else {
      rows = dossiersRepo
        .listDossierRows(db, { movementId: movement.id })
        .filter((r) => READY_STATUSES.has(r.status))
        .reverse();
    }
    if (rows.length === 0) {
      throw new AppError(
        'VALIDATION',
        `Phong trào “${movement.title}” chưa có hồ sơ Hợp lệ hoặc Trình Hội đồng để gửi: chọn hồ sơ cần gửi.`,
      );
    }

    const year = Number((movement.issuedDate ?? movement.startDate ?? '').slice(0, 4)) || null;
    const packageMovement = {
      title: movement.title,
      number: movement.number,
      symbol: movement.symbol,
      issuedDate: movement.issuedDate,
      issuingBody: movement.issuingBody,
      year,
      procedure: movement.procedure,
      periods: movement.periods.map((p) => ({
        code: p.code,
        name: p.name,
        startDate: p.startDate,
        endDate: p.endDate,
      })),
    };
    let fileBytes = 0;
    let nominationCount = 0;
    const dossiers = rows.map((row) => {
      const metadata = {
        year: row.year,
        incomingNumber: row.incomingNumber,
        receivedDate: row.receivedDate,
        proposingUnitName: row.proposingUnitName,
        documentNumber: input.documentNumber ?? row.documentNumber,
        documentDate: input.documentNumber !== null ? input.documentDate : row.documentDate,
        periodCode: row.periodCode,
        procedure: row.procedure,
        awardFormCodes: JSON.parse(row.awardFormCodes) as string[],
        status: row.status,
        statusDate: row.statusDate,
        note: row.note,
        checklist: dossiersRepo.listChecklist(db, row.id).map((c) => ({
          docType: c.docType,
          label: c.label,
          copies: c.copies,
          mandatory: c.mandatory,
          legalSource: c.legalSource,
          state: c.state,
          note: c.note,
        })),
      };
      const nominations = nominationsRepo
        .listNominations(db, { dossierId: row.id, withIdNumber: input.includeIdNumber })
        .map((n) => ({
          proposingUnitName: n.proposingUnitName,
          periodCode: n.periodCode,
          awardFormCode: n.awardFormCode,
          subjectType: n.subjectType,
          honorific: n.honorific,
          fullName: n.fullName,
          gender: n.gender,
          birthDate: n.birthDate,
          birthYear: n.birthYear,
          ethnicity: n.ethnicity,
          position: n.position,
          workplace: n.workplace,
          isLeader: n.isLeader,
          isEnterprise: n.isEnterprise,
          posthumous: n.posthumous,
          achievement: n.achievement,
          idNumber: input.includeIdNumber ? n.idNumber : null,
          note: n.note,
        }));
      nominationCount += nominations.length;
      const files = dossiersRepo.listFiles(db, row.id).map((f) => {
        // fileContent re-checks the stored copy against its hash.
        const { content } = deps.dossiers.fileContent(f.id);
        fileBytes += content.length;
        return {
          fileName: f.fileName,
          sha256: f.sha256,
          size: content.length,
          contentBase64: content.toString('base64'),
        };
      });
      return { key: `${row.incomingNumber}/${row.year}`, metadata, nominations, files };
    });
    if (fileBytes > MAX_PACKAGE_BYTES * 0.7) {
      throw new AppError(
        'VALIDATION',
        `Tệp đính kèm của các hồ sơ đã chọn tổng cộng ${Math.round(fileBytes / 1024 / 1024)} MB, quá lớn cho một gói: chia thành nhiều gói (chọn ít hồ sơ hơn).`,
      );
    }
    const payload = { movement: packageMovement, dossiers };
    const payloadJson = canonicalJson(payload);
    if (Buffer.byteLength(payloadJson) > MAX_PAYLOAD_BYTES) {
      throw new AppError(
        'VALIDATION',
        'Gói hồ sơ quá lớn: chia thành nhiều gói (chọn ít hồ sơ hơn).',
      );
    }
    const packageId = sha256(payloadJson);
    const file = writeContainer(
      {
        format: PACKAGE_FORMAT,
        formatVersion: PACKAGE_FORMAT_VERSION,
        packageId,
        appVersion: deps.appVersion,
        schemaVersion: schemaVersion(),
        createdAt: clock().toISOString(),
        sender: {
          governingBody: agency.governingBody,
          issuingBody: agency.issuingBody,
          issuingBodyAbbr: agency.issuingBodyAbbr,
          placeName: agency.placeName,
        },
        recipient: input.recipient,
        movement: {
          title: movement.title,
          number: movement.number,
          symbol: movement.symbol,
          year,
          periods: movement.periods.map((p) => ({ code: p.code, name: p.name })),
        },
        includesIdNumber: input.includeIdNumber,
        counts: {
          dossiers: dossiers.length,
          nominations: nominationCount,
          files: dossiers.reduce((s, d) => s + d.files.length, 0),
          fileBytes,
        },
        entries: {
          movement: sha256(canonicalJson(packageMovement)),
          dossiers: dossiers.map((d) => ({
            key: d.key,
            metadata: sha256(canonicalJson(d.metadata)),
            nominations: sha256(canonicalJson(d.nominations)),
            files: d.files.map((f) => ({ fileName: f.fileName, sha256: f.sha256, size: f.size })),
          })),
        },
      },
      payloadJson,
    );
    const date = todayIso(clock());
    return {
      fileName: `goi-ho-so-${slug(agency.issuingBodyAbbr || agency.issuingBody)}-${date}${PACKAGE_EXTENSION}`,
      contentBase64: file.toString('base64'),
      packageId,
      dossierCount: dossiers.length,
      nominationCount,
      fileCount: dossiers.reduce((s, d) => s + d.files.length, 0),
    };
  }

  /** Envelope, size bounds, every checksum, then the shape: nothing is trusted before. */
  function open(fileName: string, content: Buffer): OpenedPackage {
    const { manifest, compressed } = readManifest(fileName, content);
    const raw = inflatePayload(fileName, manifest, compressed);
    let data: unknown;
    try {
      data = JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      throw tampered(fileName, 'nội dung không đọc được');
    }
    const parsed = PackagePayload.safeParse(data);
    if (!parsed.success) throw tampered(fileName, 'nội dung không đúng định dạng');
    // Checksums over the data as sent (before the schema normalises text).
    const sent = data as {
      movement: unknown;
      dossiers: { key: string; metadata: unknown; nominations: unknown }[];
    };
    if (sha256(canonicalJson(sent.movement)) !== manifest.entries.movement) {
      throw tampered(fileName, 'phần thông tin phong trào');
    }
    const declared = manifest.entries.dossiers;
    if (declared.length !== parsed.data.dossiers.length) {
      throw tampered(fileName, 'số hồ sơ không khớp phần mô tả');
    }
    const files: Buffer[][] = [];
    const receiptKeys: string[] = [];
    parsed.data.dossiers.forEach((d, i) => {
      const entry = declared[i]!;
      const where = `hồ sơ ${entry.key}`;
      if (entry.key !== d.key) throw tampered(fileName, `thứ tự hồ sơ ${entry.key}`);
      if (sha256(canonicalJson(sent.dossiers[i]!.metadata)) !== entry.metadata) {
        throw tampered(fileName, `thông tin ${where}`);
      }
      if (sha256(canonicalJson(sent.dossiers[i]!.nominations)) !== entry.nominations) {
        throw tampered(fileName, `danh sách đề nghị của ${where}`);
      }
      if (entry.files.length !== d.files.length) {
        throw tampered(fileName, `số tệp đính kèm của ${where}`);
      }
      files.push(
        d.files.map((f, j) => {
          const bytes = Buffer.from(f.contentBase64, 'base64');
          const hash = sha256(bytes);
          const expected = entry.files[j]!;
          if (
            hash !== expected.sha256 ||
            hash !== f.sha256 ||
            bytes.length !== expected.size ||
            bytes.length !== f.size
          ) {
            throw tampered(fileName, `tệp đính kèm “${f.fileName}” của ${where}`);
          }
          return bytes;
        }),
      );
      receiptKeys.push(
        sha256(
          [
            PACKAGE_FORMAT,
            fold(manifest.sender.issuingBody),
            entry.metadata,
            entry.nominations,
            ...entry.files.map((f) => f.sha256),
          ].join('\n'),
        ),
      );
    });
    return { manifest, payload: parsed.data, receiptKeys, files };
  }

  function build(
    fileName: string,
    pkg: OpenedPackage,
    wanted: { movementId: number | null; proposingUnitId: number | null },
  ): { preview: ExchangePreview; periodCodes: (string | null)[] } {
    const { manifest, payload } = pkg;
    const issues: ExchangeIssue[] = [];
    const error = (dossierKey: string | null, message: string) =>
      issues.push({ severity: 'error', dossierKey, message });
    const warning = (dossierKey: string | null, message: string) =>
      issues.push({ severity: 'warning', dossierKey, message });

    const agency = getAgencySettings(db);
    const localAgency = agency.issuingBody;
    const recipientMatches = [agency.issuingBody, agency.governingBody].some(
      (name) => nameKey(name) !== '' && nameKey(name) === nameKey(manifest.recipient),
    );
    if (!recipientMatches) {
      warning(
        null,
        localAgency.trim() === ''
          ? `Gói gửi đến “${manifest.recipient}”; chưa khai báo tên cơ quan này trong Cài đặt để đối chiếu. Chỉ nhận khi xác nhận đúng nơi nhận.`
          : `Gói gửi đến “${manifest.recipient}”, không phải “${localAgency}”. Chỉ nhận khi xác nhận đúng nơi nhận.`,
      );
    }

    const movementCandidates = match(
      movementsRepo.listMovements(db),
      (m) => [m.title],
      [manifest.movement.title],
      (m) =>
        [m.number && m.symbol ? `${m.number}/${m.symbol}` : null, m.title]
          .filter(Boolean)
          .join(' — '),
    );
    const unitCandidates = match(
      unitsRepo.listUnits(db),
      (u) => [u.name, u.shortName],
      [manifest.sender.issuingBody, manifest.sender.issuingBodyAbbr],
      (u) => u.name,
    );
    const sole = (c: { id: number; exact: boolean }[]) => {
      const exact = c.filter((x) => x.exact);
      return exact.length === 1 ? exact[0]!.id : null;
    };
    let movementId = wanted.movementId ?? sole(movementCandidates);
    let proposingUnitId = wanted.proposingUnitId ?? sole(unitCandidates);
    const movement = movementId !== null ? movementsRepo.getMovement(db, movementId) : undefined;
    if (movementId !== null && !movement) {
      error(null, `Không có phong trào mã số ${movementId}.`);
      movementId = null;
    } else if (movementId === null) {
      error(
        null,
        movementCandidates.filter((c) => c.exact).length > 1
          ? `Có nhiều phong trào trùng tên “${manifest.movement.title}”: chọn phong trào nhận hồ sơ.`
          : `Không tìm thấy phong trào “${manifest.movement.title}” ở cấp này: chọn phong trào nhận hồ sơ.`,
      );
    }
    if (proposingUnitId !== null && !unitsRepo.getUnit(db, proposingUnitId)) {
      error(null, `Không có đơn vị mã số ${proposingUnitId}.`);
      proposingUnitId = null;
    } else if (proposingUnitId === null) {
      error(
        null,
        unitCandidates.filter((c) => c.exact).length > 1
          ? `Có nhiều đơn vị trùng tên “${manifest.sender.issuingBody}”: chọn đơn vị gửi trong danh mục.`
          : `Không tìm thấy đơn vị “${manifest.sender.issuingBody}” trong danh mục đơn vị: chọn đơn vị gửi (hoặc thêm vào danh mục).`,
      );
    }

    for (const r of repo.findReceipts(db, pkg.receiptKeys)) {
      const i = pkg.receiptKeys.indexOf(r.sha256);
      error(
        payload.dossiers[i]?.key ?? null,
        `Hồ sơ ${payload.dossiers[i]?.key ?? ''} của gói này đã được nhận lúc ${new Date(r.importedAt).toLocaleString('vi-VN')} (tệp “${r.fileName}”, hồ sơ đến số ${r.dossierLabel}): không nhận lại.`,
      );
    }

    const today = todayIso(clock());
    const forms = catalog.listAwardForms(db);
    const periodCodes: (string | null)[] = [];
    for (const d of payload.dossiers) {
      const m = d.metadata;
      for (const code of m.awardFormCodes) {
        if (!catalog.awardFormExists(db, code)) {
          error(d.key, `Hồ sơ ${d.key}: hình thức “${code}” không có trong danh mục ở cấp này.`);
        }
      }
      if (m.documentDate !== null && m.documentDate > today) {
        error(d.key, `Hồ sơ ${d.key}: ngày tờ trình ${m.documentDate} ở tương lai.`);
      }
      let periodCode: string | null = null;
      if (movement && m.periodCode !== null) {
        if (movement.periods.some((p) => p.code === m.periodCode)) periodCode = m.periodCode;
        else {
          warning(
            d.key,
            `Hồ sơ ${d.key}: phong trào ở cấp này không có đợt “${m.periodCode}”; hồ sơ được nhận không gắn đợt.`,
          );
        }
      }
      periodCodes.push(periodCode);
      const unitId = proposingUnitId;
      if (!movement || unitId === null) continue;
      d.nominations.forEach((n, j) => {
        const data = toNomination(n, movement.id, periodCode, unitId, 1);
        for (const p of nominationProblems(data, { movement, forms })) {
          error(d.key, `Hồ sơ ${d.key}, dòng ${j + 1} (${n.fullName}): ${p.message}`);
        }
      });
    }

    const errorCount = issues.filter((i) => i.severity === 'error').length;
    return {
      periodCodes,
      preview: {
        fileName,
        packageId: manifest.packageId,
        createdAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        sender: {
          issuingBody: manifest.sender.issuingBody,
          governingBody: manifest.sender.governingBody,
          placeName: manifest.sender.placeName,
        },
        recipient: manifest.recipient,
        localAgency,
        recipientMatches,
        movement: {
          title: manifest.movement.title,
          number: manifest.movement.number,
          symbol: manifest.movement.symbol,
          year: manifest.movement.year,
        },
        includesIdNumber: manifest.includesIdNumber,
        dossierCount: payload.dossiers.length,
        nominationCount: payload.dossiers.reduce((s, d) => s + d.nominations.length, 0),
        fileCount: payload.dossiers.reduce((s, d) => s + d.files.length, 0),
        fileBytes: manifest.counts.fileBytes,
        dossiers: payload.dossiers.map((d) => ({
          key: d.key,
          proposingUnitName: d.metadata.proposingUnitName,
          documentNumber: d.metadata.documentNumber,
          documentDate: d.metadata.documentDate,
          awardFormCodes: d.metadata.awardFormCodes,
          nominationCount: d.nominations.length,
          fileCount: d.files.length,
        })),
        movementCandidates,
        unitCandidates,
        movementId,
        proposingUnitId,
        issues,
        canImport: errorCount === 0,
      },
    };
  }

  return {
    exportMovement,
    previewPackage(input) {
      const pkg = open(input.fileName, input.content);
      return build(input.fileName, pkg, input).preview;
    },
    importPackage(input) {
      const pkg = open(input.fileName, input.content);
      const { preview, periodCodes } = build(input.fileName, pkg, input);
      if (!preview.recipientMatches && !input.acceptRecipientMismatch) {
        throw new AppError(
          'CONFLICT',
          `Gói gửi đến “${preview.recipient}”, không phải cơ quan này${preview.localAgency ? ` (“${preview.localAgency}”)` : ''}: xác nhận nhận gói gửi nơi khác rồi nhận lại.`,
        );
      }
      const errors = preview.issues.filter((i) => i.severity === 'error');
      if (errors.length > 0) {
        throw new AppError(
          'VALIDATION',
          `Gói còn ${errors.length} lỗi: chưa nhận hồ sơ nào. ${errors
            .slice(0, 3)
            .map((e) => e.message)
            .join(' ')}${errors.length > 3 ? ' …' : ''}`,
        );
      }
      const { manifest, payload } = pkg;
      // Files first, outside the transaction: content-addressed, so a failure leaves harmless orphans.
      const stored = payload.dossiers.map((d, i) =>
        d.files.map((f, j) => {
          const content = pkg.files[i]![j]!;
          return {
            fileName: f.fileName,
            sha256: f.sha256,
            size: content.length,
            storedName: storeContent(deps.filesDir, f.fileName, f.sha256, content),
          };
        }),
      );
      const now = clock().toISOString();
      const receivedDate = todayIso(clock());
      const year = Number(receivedDate.slice(0, 4));
      const sender = manifest.sender.issuingBody;
      const dossierIds = db
        .transaction(() => {
          // Checked again inside the write lock: two imports of one package cannot both pass.
          if (repo.findReceipts(db, pkg.receiptKeys).length > 0) {
            throw new AppError('CONFLICT', 'Gói hồ sơ này vừa được nhận: không nhận lại.');
          }
          return payload.dossiers.map((d, i) => {
            const m = d.metadata;
            const origin = `Nhận qua gói hồ sơ điện tử “${input.fileName}” (mã gói ${manifest.packageId.slice(0, 12)}) từ ${sender}; hồ sơ số ${d.key} của ${m.proposingUnitName} tại nơi gửi, trạng thái ở nơi gửi: ${DOSSIER_STATUS_LABELS[m.status]}.`;
            const note = m.note ? `${origin}\n${m.note}` : origin;
            const dossierId = dossiersRepo.insertDossier(
              db,
              {
                receivedDate,
                proposingUnitId: input.proposingUnitId,
                documentNumber: m.documentNumber,
                documentDate: m.documentDate,
                movementId: input.movementId,
                periodCode: periodCodes[i] ?? null,
                procedure: m.procedure,
                awardFormCodes: m.awardFormCodes,
                note: note.slice(0, 2000),
              },
              { year, incomingNumber: dossiersRepo.nextIncomingNumber(db, year) },
              now,
            );
            const batchId = nominationsRepo.insertImportBatch(db, {
              dossierId,
              fileName: input.fileName,
              sha256: pkg.receiptKeys[i]!,
              rowCount: d.nominations.length,
              now,
            });
            d.nominations.forEach((n, j) => {
              const data = toNomination(
                n,
                input.movementId,
                periodCodes[i] ?? null,
                input.proposingUnitId,
                dossierId,
              );
              nominationsRepo.insertNomination(db, data, nominationKeys(data), now, {
                text: `${input.fileName} › hồ sơ ${d.key} (${n.proposingUnitName}) › dòng ${j + 1}`,
                batchId,
              });
            });
            for (const f of stored[i]!) dossiersRepo.insertFile(db, { dossierId, ...f, now });
            dossiersRepo.syncChecklist(db, dossierId);
            repo.markElectronicFileReceived(db, dossierId);
            return dossierId;
          });
        })
        .immediate();
      return {
        packageId: manifest.packageId,
        dossierIds,
        nominationCount: preview.nominationCount,
        fileCount: preview.fileCount,
      };
    },
  };
}

function toNomination(
  n: PackagePayload['dossiers'][number]['nominations'][number],
  movementId: number,
  periodCode: string | null,
  proposingUnitId: number,
  dossierId: number,
): NominationData {
  return {
    movementId,
    periodCode,
    proposingUnitId,
    dossierId,
    workplaceUnitId: null,
    awardFormCode: n.awardFormCode,
    subjectType: n.subjectType,
    honorific: n.honorific,
    fullName: n.fullName,
    gender: n.gender,
    birthDate: n.birthDate,
    birthYear: n.birthYear,
    ethnicity: n.ethnicity,
    position: n.position,
    workplace: n.workplace,
    isLeader: n.isLeader,
    isEnterprise: n.isEnterprise,
    posthumous: n.posthumous,
    achievement: n.achievement,
    idNumber: n.idNumber,
    note: n.note,
  };
}
