import { SUBJECT_TYPE_LABELS } from '../../../shared/domain/award-form';
import { formatDateVi, todayIso } from '../../../shared/domain/dates';
import type { DossierListFilter, IntakeRow } from '../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS, INTAKE_STATE_LABELS } from '../../../shared/domain/dossier-labels';
import {
  DUPLICATE_STRENGTH_LABELS,
  type DuplicatePairView,
} from '../../../shared/domain/duplicate';
import {
  birthLabel,
  GENDER_LABELS,
  type NominationListFilter,
} from '../../../shared/domain/nomination';
import type { Db } from '../db/open-database';
import type { DossiersService } from '../dossiers/dossiers.service';
import type { DuplicatesService } from '../duplicates/duplicates.service';
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
  intakeBoard(movementId: number, periodCode: string | null): Promise<GeneratedFile>;
  duplicates(movementId: number): Promise<GeneratedFile>;
  template(movementId: number | undefined): Promise<GeneratedFile>;
}

/** `20261123`: the day in a file name. */
const stamp = (now: Date) => todayIso(now).replaceAll('-', '');

/** Excel files of list views: the same filters as the screen, Vietnamese order, print-ready. */
export function createExportsService(
  db: Db,
  clock: () => Date,
  services: {
    nominations: NominationsService;
    dossiers: DossiersService;
    duplicates: DuplicatesService;
  },
): ExportsService {
  const movementLine = (movementId: number | undefined | null) => {
    if (movementId === undefined || movementId === null) return [];
    const m = movementsRepo.getMovement(db, movementId);
    return m ? [m.title] : [];
  };
  const asOf = () => `Tính đến ngày ${formatDateVi(todayIso(clock()))}`;
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
    async intakeBoard(movementId, periodCode) {
      const board = services.dossiers.intakeBoard(movementId, periodCode);
      const movement = movementsRepo.getMovement(db, movementId);
      const period = movement?.periods.find((p) => p.code === periodCode);
      const rows = [...board].sort((a, b) => compareVi(a.unitName, b.unitName));
      const count = (state: IntakeRow['state']) => rows.filter((r) => r.state === state).length;
      const content = await writeListWorkbook({
        sheetName: 'Theo dõi nộp hồ sơ',
        titleLines: [
          'BẢNG THEO DÕI NỘP HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
          ...movementLine(movementId),
          ...(periodCode !== null ? [`Đợt: ${period?.name ?? periodCode}`] : []),
        ],
        subtitle: asOf(),
        columns: [
          { header: 'Đơn vị', key: 'unit', width: 40 },
          { header: 'Tình trạng', key: 'state', width: 26 },
          { header: 'Số hồ sơ', key: 'dossiers', width: 10, kind: 'number' },
          { header: 'Số trường hợp', key: 'nominations', width: 12, kind: 'number' },
          { header: 'Hồ sơ nộp muộn', key: 'late', width: 12, kind: 'number' },
          { header: 'Số ngày muộn nhiều nhất', key: 'daysLate', width: 12, kind: 'number' },
          { header: 'Hồ sơ còn thiếu giấy tờ', key: 'incomplete', width: 12, kind: 'number' },
        ],
        rows: rows.map((r) => ({
          unit: r.unitName,
          // A unit both incomplete and late shows both, as the board's tags do.
          state:
            r.maxDaysLate > 0
              ? r.state === 'nop_muon'
                ? `${INTAKE_STATE_LABELS.nop_muon} (${r.maxDaysLate} ngày)`
                : `${INTAKE_STATE_LABELS[r.state]}; nộp muộn (${r.maxDaysLate} ngày)`
              : INTAKE_STATE_LABELS[r.state],
          dossiers: r.dossierCount,
          nominations: r.nominationCount,
          late: r.lateCount,
          daysLate: r.maxDaysLate,
          incomplete: r.incompleteCount,
        })),
        footerLines: [
          `Tổng số ${rows.length} đơn vị: ` +
            (['chua_nop', 'nop_muon', 'thieu_ho_so', 'day_du'] as const)
              .map((state) => `${INTAKE_STATE_LABELS[state]} ${count(state)}`)
              .join('; ') +
            '.',
        ],
      });
      return { fileName: `theo-doi-nop-ho-so-${stamp(clock())}.xlsx`, content };
    },
    async duplicates(movementId) {
      const pairs = services.duplicates.list(movementId);
      const periods = movementsRepo.getMovement(db, movementId)?.periods ?? [];
      const periodName = (code: string | null) =>
        code === null ? null : `đợt ${periods.find((p) => p.code === code)?.name ?? code}`;
      const byName = (a: DuplicatePairView['a'], b: DuplicatePairView['a']) =>
        a.subjectType !== b.subjectType
          ? a.subjectType === 'ca_nhan'
            ? 1
            : -1
          : a.subjectType === 'ca_nhan'
            ? compareByVietnameseName(a.fullName, b.fullName)
            : compareVi(a.fullName, b.fullName);
      // Errors (same period) first, then by the first case's name in list order.
      const sorted = [...pairs].sort(
        (p, q) =>
          (p.severity === q.severity ? 0 : p.severity === 'error' ? -1 : 1) ||
          byName(p.a, q.a) ||
          byName(p.b, q.b),
      );
      const side = (s: DuplicatePairView['a']) => ({
        name: [s.honorific, s.fullName].filter(Boolean).join(' '),
        details: [
          SUBJECT_TYPE_LABELS[s.subjectType],
          s.birth && `sinh ${s.birth}`,
          [s.position, s.workplace].filter(Boolean).join(', '),
        ]
          .filter(Boolean)
          .join('\n'),
        proposal: [
          s.proposingUnitName,
          s.dossierLabel && `hồ sơ số đến ${s.dossierLabel}`,
          s.awardFormName,
          periodName(s.periodCode),
        ]
          .filter(Boolean)
          .join('\n'),
      });
      const content = await writeListWorkbook({
        sheetName: 'Nghi trùng',
        titleLines: ['DANH SÁCH CÁC TRƯỜNG HỢP NGHI TRÙNG', ...movementLine(movementId)],
        subtitle: asOf(),
        columns: [
          { header: 'Mức độ', key: 'severity', width: 12, kind: 'center' },
          { header: 'Khả năng trùng', key: 'strength', width: 14, kind: 'center' },
          { header: 'Trường hợp 1', key: 'aName', width: 22 },
          { header: 'Thông tin trường hợp 1', key: 'aDetails', width: 26 },
          { header: 'Đề nghị trường hợp 1', key: 'aProposal', width: 28 },
          { header: 'Trường hợp 2', key: 'bName', width: 22 },
          { header: 'Thông tin trường hợp 2', key: 'bDetails', width: 26 },
          { header: 'Đề nghị trường hợp 2', key: 'bProposal', width: 28 },
          { header: 'Căn cứ nghi trùng', key: 'evidence', width: 34 },
        ],
        rows: sorted.map((p) => {
          const [a, b] = [side(p.a), side(p.b)];
          return {
            severity: p.severity === 'error' ? 'Lỗi: cùng đợt' : 'Cảnh báo',
            strength: DUPLICATE_STRENGTH_LABELS[p.strength],
            aName: a.name,
            aDetails: a.details,
            aProposal: a.proposal,
            bName: b.name,
            bDetails: b.details,
            bProposal: b.proposal,
            evidence: p.evidence.join('\n'),
          };
        }),
        footerLines: [
          `Tổng số ${sorted.length} cặp nghi trùng chưa xử lý ` +
            `(${sorted.filter((p) => p.severity === 'error').length} lỗi cùng đợt).`,
        ],
      });
      return { fileName: `nghi-trung-${stamp(clock())}.xlsx`, content };
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
