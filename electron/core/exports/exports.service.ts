import { SUBJECT_TYPE_LABELS } from '../../../shared/domain/award-form';
import { formatDateVi } from '../../../shared/domain/dates';
import type { DossierListFilter } from '../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../shared/domain/dossier-labels';
import {
  birthLabel,
  GENDER_LABELS,
  type NominationListFilter,
} from '../../../shared/domain/nomination';
import type { Db } from '../db/open-database';
import type { DossiersService } from '../dossiers/dossiers.service';
import { writeCandidateTemplate } from '../excel/candidate-template';
import { writeListWorkbook } from '../excel/write-list';
import * as catalog from '../catalog/catalog.repo';
import { notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import type { NominationsService } from '../nominations/nominations.service';
import { compareByVietnameseName } from '../../../shared/text/person-name';
import { compareVi } from '../../../shared/text/vietnamese';

export interface GeneratedFile {
  fileName: string;
  content: Buffer;
}

export interface ExportsService {
  nominations(filter: NominationListFilter): Promise<GeneratedFile>;
  dossiers(filter: DossierListFilter): Promise<GeneratedFile>;
  template(movementId: number | undefined): Promise<GeneratedFile>;
}

const stamp = (now: Date) =>
  `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;

/** Excel files of list views: the same filters as the screen, Vietnamese order, print-ready. */
export function createExportsService(
  db: Db,
  clock: () => Date,
  services: { nominations: NominationsService; dossiers: DossiersService },
): ExportsService {
  const movementLine = (movementId: number | undefined | null) => {
    if (movementId === undefined || movementId === null) return [];
    const m = movementsRepo.getMovement(db, movementId);
    return m ? [m.title] : [];
  };
  return {
    async nominations(filter) {
      const rows = services.nominations.list({ ...filter, limit: undefined });
      // Collectives first in list order, then persons by tên, họ, tên đệm (domain.md §7.5).
      const sorted = [...rows].sort((a, b) => {
        if (a.subjectType !== b.subjectType) return a.subjectType === 'ca_nhan' ? 1 : -1;
        return a.subjectType === 'ca_nhan'
          ? compareByVietnameseName(a.fullName, b.fullName)
          : compareVi(a.fullName, b.fullName);
      });
      const withId = filter.withIdNumber;
      const dossier =
        filter.dossierId !== undefined ? services.dossiers.get(filter.dossierId) : null;
      const content = await writeListWorkbook({
        sheetName: 'Danh sách đề nghị',
        titleLines: [
          'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
          ...movementLine(filter.movementId ?? dossier?.movementId),
          ...(dossier
            ? [`Hồ sơ số ${dossier.incomingNumber}/${dossier.year} — ${dossier.proposingUnitName}`]
            : []),
        ],
        columns: [
          { header: 'Danh xưng', key: 'honorific', width: 10 },
          { header: 'Họ và tên / Tên tập thể', key: 'fullName', width: 30 },
          { header: 'Đối tượng', key: 'subject', width: 11 },
          { header: 'Giới tính', key: 'gender', width: 8, kind: 'center' },
          { header: 'Ngày sinh', key: 'birth', width: 12, kind: 'center' },
          { header: 'Chức vụ', key: 'position', width: 22 },
          { header: 'Đơn vị công tác', key: 'workplace', width: 28 },
          { header: 'Hình thức khen thưởng', key: 'form', width: 26 },
          { header: 'Đơn vị đề nghị', key: 'unit', width: 22 },
          ...(withId ? [{ header: 'Số CCCD', key: 'idNumber', width: 15 }] : []),
          { header: 'Ghi chú', key: 'note', width: 18 },
        ],
        rows: sorted.map((n) => ({
          honorific: n.honorific,
          fullName: n.fullName,
          subject: SUBJECT_TYPE_LABELS[n.subjectType],
          gender: n.gender ? GENDER_LABELS[n.gender] : null,
          birth: birthLabel(n),
          position: n.position,
          workplace: n.workplace,
          form: n.posthumous ? `${n.awardFormName} (truy tặng)` : n.awardFormName,
          unit: n.proposingUnitName,
          idNumber: n.idNumber,
          note: n.note,
        })),
      });
      return { fileName: `danh-sach-de-nghi-${stamp(clock())}.xlsx`, content };
    },
    async dossiers(filter) {
      const rows = services.dossiers.list(filter);
      const forms = new Map(catalog.listAwardForms(db).map((f) => [f.code, f.name]));
      const content = await writeListWorkbook({
        sheetName: 'Sổ hồ sơ đến',
        titleLines: ['SỔ THEO DÕI HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', ...movementLine(filter.movementId)],
        columns: [
          { header: 'Số đến', key: 'number', width: 10, kind: 'center' },
          { header: 'Ngày nhận', key: 'received', width: 12, kind: 'center' },
          { header: 'Đơn vị đề nghị', key: 'unit', width: 28 },
          { header: 'Tờ trình', key: 'document', width: 22 },
          { header: 'Hình thức đề nghị', key: 'forms', width: 30 },
          { header: 'Số trường hợp', key: 'count', width: 10, kind: 'number' },
          { header: 'Trạng thái', key: 'status', width: 16 },
          { header: 'Số ngày muộn', key: 'late', width: 10, kind: 'number' },
          { header: 'Giấy tờ còn thiếu', key: 'missing', width: 10, kind: 'number' },
          { header: 'Ghi chú', key: 'note', width: 24 },
        ],
        rows: [...rows].reverse().map((d) => ({
          number: `${d.incomingNumber}/${d.year}`,
          received: formatDateVi(d.receivedDate),
          unit: d.proposingUnitName,
          document: [
            d.documentNumber,
            d.documentDate ? `ngày ${formatDateVi(d.documentDate)}` : null,
          ]
            .filter(Boolean)
            .join(', '),
          forms: d.awardFormCodes.map((c) => forms.get(c) ?? c).join('; '),
          count: d.nominationCount,
          status: DOSSIER_STATUS_LABELS[d.status],
          late: d.daysLate,
          missing: d.missingMandatory,
          note: d.statusReason ?? d.note,
        })),
      });
      return { fileName: `so-ho-so-den-${stamp(clock())}.xlsx`, content };
    },
    async template(movementId) {
      const forms = catalog.listAwardForms(db);
      let allowed = forms;
      let movementTitle: string | undefined;
      if (movementId !== undefined) {
        const m = movementsRepo.getMovement(db, movementId);
        if (!m) throw notFound(`phong trào có mã số ${movementId}`);
        movementTitle = m.title;
        if (m.awardForms.length > 0) {
          allowed = m.awardForms.flatMap((mf) => {
            const f = forms.find((x) => x.code === mf.awardFormCode);
            return f
              ? [{ ...f, subjectTypes: f.subjectTypes.filter((s) => mf.subjectTypes.includes(s)) }]
              : [];
          });
        }
      }
      const content = await writeCandidateTemplate({
        awardForms: allowed.map((f) => ({
          code: f.code,
          name: f.name,
          subjectTypes: f.subjectTypes,
        })),
        ...(movementTitle ? { movementTitle } : {}),
      });
      return { fileName: 'mau-danh-sach-de-nghi-khen-thuong.xlsx', content };
    },
  };
}
