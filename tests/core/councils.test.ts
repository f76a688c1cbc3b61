import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type {
  CouncilDetail,
  CouncilMember,
  CouncilRules,
  SessionAgenda,
  SessionDetail,
} from '../../shared/domain/council';
import type { DossierDetail } from '../../shared/domain/dossier';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

/** The Bình Thuận 2021 demo with a provincial council of 15 voting members and a secretary. */
async function councilApp() {
  const app = testApp();
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  const council = value<CouncilDetail>(
    await dispatch('councils.create', {
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      decisionNumber: '1234/QĐ-UBND',
      decisionDate: '2021-06-01',
      validFrom: '2021-06-01',
      validTo: '2026-05-31',
    }),
  );
  const roles = [
    'chu_tich',
    'pho_chu_tich_thuong_truc',
    'pho_chu_tich',
    'pho_chu_tich',
    'pho_chu_tich',
    ...Array<string>(10).fill('uy_vien'),
  ];
  const members: CouncilMember[] = [];
  for (const [i, role] of roles.entries()) {
    members.push(
      value<CouncilMember>(
        await dispatch('councilMembers.create', {
          councilId: council.id,
          fullName: `Thành viên ${i + 1}`,
          position: role === 'chu_tich' ? 'Chủ tịch UBND tỉnh' : 'Giám đốc Sở',
          role,
          termFrom: '2021-06-01',
        }),
      ),
    );
  }
  const secretary = value<CouncilMember>(
    await dispatch('councilMembers.create', {
      councilId: council.id,
      fullName: 'Thư ký Hội đồng',
      position: 'Chuyên viên Ban Thi đua - Khen thưởng',
      role: 'thu_ky',
      isVoting: false,
      termFrom: '2021-06-01',
    }),
  );
  const session = value<SessionDetail>(
    await dispatch('sessions.create', {
      movementId,
      councilId: council.id,
      date: '2021-12-10',
      startTime: '14:00',
      place: 'Phòng họp số 1, UBND tỉnh',
    }),
  );
  const attend = async (present: number, written = 0) =>
    dispatch('sessions.setAttendance', {
      sessionId: session.id,
      entries: members.map((m, i) => ({
        memberId: m.id,
        status: i < present ? 'present' : i < present + written ? 'absent_written' : 'absent',
        reason: i < present ? null : 'Đi công tác',
      })),
    });
  return { ...app, movementId, council, members, secretary, session, attend };
}

describe('councils and sessions (real SQLite file, through the dispatcher)', () => {
  it('keeps a roster of 15 voting members with roles and terms inside the council’s validity', async () => {
    const { dispatch, council, members } = await councilApp();
    const detail = value<CouncilDetail>(await dispatch('councils.get', { id: council.id }));
    expect(detail.memberCount).toBe(16);
    expect(detail.votingMemberCount).toBe(15);
    expect(detail.members[0]).toMatchObject({ role: 'chu_tich', isVoting: true, termTo: null });
    expect(detail.members.map((m) => m.sortOrder)).toEqual(
      [...detail.members.map((m) => m.sortOrder)].sort((a, b) => a - b),
    );

    const early = failure(
      await dispatch('councilMembers.create', {
        councilId: council.id,
        fullName: 'Nguyễn Văn A',
        role: 'uy_vien',
        termFrom: '2021-01-01',
      }),
    );
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toContain(
      'trước khi “Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận” có hiệu lực',
    );
    expect(
      failure(
        await dispatch('councilMembers.create', {
          councilId: council.id,
          fullName: 'Nguyễn Văn A',
          role: 'uy_vien',
          termFrom: '2022-01-01',
          termTo: '2027-01-01',
        }),
      ).message,
    ).toContain('sau khi');

    // A second Chủ tịch while the first is in office: refused, naming the holder.
    const second = failure(
      await dispatch('councilMembers.create', {
        councilId: council.id,
        fullName: 'Trần Văn B',
        role: 'chu_tich',
        termFrom: '2023-01-01',
      }),
    );
    expect(second.message).toContain('Mỗi thời điểm Hội đồng chỉ có một Chủ tịch: Thành viên 1');
    // Once the first chairman's term ends, the successor is accepted.
    const chair = members[0]!;
    value(
      await dispatch('councilMembers.update', {
        id: chair.id,
        fullName: chair.fullName,
        position: chair.position,
        role: 'chu_tich',
        termFrom: chair.termFrom,
        termTo: '2022-12-31',
      }),
    );
    const successor = value<CouncilMember>(
      await dispatch('councilMembers.create', {
        councilId: council.id,
        fullName: 'Trần Văn B',
        role: 'chu_tich',
        termFrom: '2023-01-01',
      }),
    );
    expect(successor.role).toBe('chu_tich');
    // The council's validity cannot shrink below its members' terms.
    expect(
      failure(
        await dispatch('councils.update', {
          id: council.id,
          name: council.name,
          validFrom: '2021-06-01',
          validTo: '2022-06-30',
        }),
      ).message,
    ).toContain('nằm ngoài thời gian hiệu lực mới');
  });

  it('keeps the quorum and tie rule as data with their source, and voting-rule overrides', async () => {
    const { dispatch, council } = await councilApp();
    const defaults = value<CouncilRules>(
      await dispatch('councilRules.get', { councilId: council.id }),
    );
    expect(defaults).toMatchObject({
      quorumNum: 2,
      quorumDen: 3,
      quorumComparator: 'gte',
      tieRule: 'second_round',
      overrides: [],
    });
    const saved = value<CouncilRules>(
      await dispatch('councilRules.update', {
        councilId: council.id,
        quorumNum: 1,
        quorumDen: 2,
        quorumComparator: 'gt',
        tieRule: 'chair_decides',
        source: 'Quy chế hoạt động của Hội đồng, Điều 5',
        overrides: [
          {
            awardFormCode: 'bk_chu_tich_tinh',
            subjectType: 'tap_the',
            votingRuleCode: 'nd98_2023_80_tong_so',
            source: 'Quy chế, Điều 7',
          },
        ],
      }),
    );
    expect(saved.quorumSentence).toBe('trên 1/2 số thành viên có quyền biểu quyết');
    expect(saved.overrides).toHaveLength(1);
    expect(
      failure(
        await dispatch('councilRules.update', {
          councilId: council.id,
          quorumNum: 2,
          quorumDen: 3,
          quorumComparator: 'gte',
          tieRule: 'second_round',
          source: 'Quy chế',
          overrides: [{ awardFormCode: 'bk_chu_tich_tinh', votingRuleCode: 'khong_co' }],
        }),
      ).message,
    ).toContain('Không có quy tắc biểu quyết “khong_co”');
    expect(
      failure(
        await dispatch('councilRules.update', {
          councilId: council.id,
          quorumNum: 4,
          quorumDen: 3,
          quorumComparator: 'gte',
          tieRule: 'second_round',
          source: 'Quy chế',
        }),
      ).message,
    ).toContain('Tỷ lệ dự họp không được lớn hơn 1');
  });

  it('counts only voting members present: 12 of 15 meets ≥ 2/3, 9 of 15 needs one more', async () => {
    const { dispatch, session, attend, secretary } = await councilApp();
    expect(session.roster).toHaveLength(16);
    expect(session.quorum).toMatchObject({
      votingMembers: 15,
      present: 0,
      required: 10,
      met: false,
    });

    const twelve = value<SessionDetail>(await attend(12, 2));
    expect(twelve.quorum).toMatchObject({
      votingMembers: 15,
      present: 12,
      required: 10,
      needed: 0,
      met: true,
      writtenOpinions: 2,
    });

    // Written opinions of absent members are votes by letter, not presence.
    const nine = value<SessionDetail>(await attend(9, 3));
    expect(nine.quorum).toMatchObject({ present: 9, needed: 1, met: false, writtenOpinions: 3 });
    expect(nine.quorum.message).toContain('Cần thêm 1 thành viên');

    // The secretary (no vote) present does not change the count.
    const withSecretary = value<SessionDetail>(
      await dispatch('sessions.setAttendance', {
        sessionId: session.id,
        entries: [{ memberId: secretary.id, status: 'present' }],
      }),
    );
    expect(withSecretary.quorum.present).toBe(9);
    expect(withSecretary.roster.find((r) => r.memberId === secretary.id)?.attendance).toBe(
      'present',
    );
  });

  it('refuses to mark someone who is not on the council, or out of term on the day', async () => {
    const { dispatch, session, council } = await councilApp();
    const other = value<CouncilDetail>(
      await dispatch('councils.create', { name: 'Hội đồng TĐKT Sở Y tế', validFrom: '2021-01-01' }),
    );
    const stranger = value<CouncilMember>(
      await dispatch('councilMembers.create', {
        councilId: other.id,
        fullName: 'Lê Thị C',
        role: 'uy_vien',
        termFrom: '2021-01-01',
      }),
    );
    const refused = failure(
      await dispatch('sessions.setAttendance', {
        sessionId: session.id,
        entries: [{ memberId: stranger.id, status: 'present' }],
      }),
    );
    expect(refused.message).toBe(
      'Lê Thị C không phải thành viên của “Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận”: không điểm danh được.',
    );
    const later = value<CouncilMember>(
      await dispatch('councilMembers.create', {
        councilId: council.id,
        fullName: 'Phạm Văn D',
        role: 'uy_vien',
        termFrom: '2022-03-01',
      }),
    );
    expect(
      failure(
        await dispatch('sessions.setAttendance', {
          sessionId: session.id,
          entries: [{ memberId: later.id, status: 'present' }],
        }),
      ).message,
    ).toContain('không trong nhiệm kỳ vào ngày họp 10/12/2021');
  });

  it('puts the nominations sent to the council on the agenda, grouped, with the selection quota', async () => {
    const { dispatch, movementId, session } = await councilApp();
    const units = value<{ id: number; name: string }[]>(await dispatch('units.list', {}));
    const unitId = (name: string) => units.find((u) => u.name.includes(name))!.id;
    const dossierFor = async (unit: string, nominees: { name: string; subject: string }[]) => {
      const d = value<DossierDetail>(
        await dispatch('dossiers.create', {
          receivedDate: '2021-11-25',
          proposingUnitId: unitId(unit),
          movementId,
          procedure: 'don_gian',
          awardFormCodes: ['bk_chu_tich_tinh'],
        }),
      );
      for (const n of nominees) {
        value(
          await dispatch('nominations.create', {
            movementId,
            proposingUnitId: d.proposingUnitId,
            dossierId: d.id,
            awardFormCode: 'bk_chu_tich_tinh',
            subjectType: n.subject,
            fullName: n.name,
          }),
        );
      }
      const filled = value<DossierDetail>(await dispatch('dossiers.get', { id: d.id }));
      for (const item of filled.checklist.filter((c) => c.mandatory)) {
        value(await dispatch('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' }));
      }
      value(
        await dispatch('dossiers.setStatus', { id: d.id, status: 'hop_le', date: '2021-11-26' }),
      );
      return d;
    };
    const toCouncil = async (d: DossierDetail) =>
      value(
        await dispatch('dossiers.setStatus', {
          id: d.id,
          status: 'trinh_hoi_dong',
          date: '2021-12-01',
        }),
      );
    await toCouncil(
      await dossierFor('Tuy Phong', [
        { name: 'Trung tâm Y tế huyện Tuy Phong', subject: 'tap_the' },
        { name: 'Ban Chỉ huy Quân sự huyện Tuy Phong', subject: 'tap_the' },
        { name: 'Nguyễn Thị Hoa', subject: 'ca_nhan' },
      ]),
    );
    await toCouncil(
      await dossierFor('Bắc Bình', [{ name: 'Trạm Y tế xã Phan Rí Thành', subject: 'tap_the' }]),
    );
    // Valid but not yet sent to the council: not on the agenda.
    await dossierFor('Phú Quý', [{ name: 'Lê Văn Nam', subject: 'ca_nhan' }]);

    const agenda = value<SessionAgenda>(await dispatch('sessions.agenda', { id: session.id }));
    expect(agenda.nominationCount).toBe(4);
    expect(
      agenda.groups.map((g) => [g.awardFormCode, g.subjectType, g.nominationCount, g.quota]),
    ).toEqual([
      ['bk_chu_tich_tinh', 'tap_the', 3, 20],
      ['bk_chu_tich_tinh', 'ca_nhan', 1, 20],
    ]);
    const collectives = agenda.groups[0]!;
    expect(collectives.awardFormName).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(collectives.quotaRules).toHaveLength(1);
    expect(collectives.quotaRules[0]!.sentence).toContain('20 tập thể và 20 cá nhân');
    expect(collectives.quotaRules[0]!.clause).toBe('mục IV.3');
    expect(collectives.nominations.map((n) => n.fullName)).toEqual(
      expect.arrayContaining(['Trung tâm Y tế huyện Tuy Phong', 'Trạm Y tế xã Phan Rí Thành']),
    );
    expect(agenda.groups[1]!.nominations.map((n) => n.fullName)).toEqual(['Nguyễn Thị Hoa']);
  });

  it('concludes only with quorum, then freezes the session', async () => {
    const { dispatch, session, attend, members, council } = await councilApp();
    value(await attend(9, 2));
    const refused = failure(await dispatch('sessions.conclude', { id: session.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Cần thêm 1 thành viên');
    // Attendance was kept although the session could not conclude.
    expect(
      value<SessionDetail>(await dispatch('sessions.get', { id: session.id })).quorum.present,
    ).toBe(9);

    value(
      await dispatch('sessions.setAttendance', {
        sessionId: session.id,
        entries: [{ memberId: members[9]!.id, status: 'present' }],
      }),
    );
    const concluded = value<SessionDetail>(await dispatch('sessions.conclude', { id: session.id }));
    expect(concluded.status).toBe('concluded');
    expect(concluded.concludedAt).not.toBeNull();
    expect(concluded.quorum).toMatchObject({ present: 10, votingMembers: 15, met: true });
    // The unmarked secretary is recorded as absent; everyone is on the frozen roster.
    expect(concluded.roster).toHaveLength(16);
    expect(concluded.roster.every((r) => r.attendance !== null)).toBe(true);

    const frozen = 'đã kết thúc';
    expect(
      failure(
        await dispatch('sessions.setAttendance', {
          sessionId: session.id,
          entries: [{ memberId: members[14]!.id, status: 'present' }],
        }),
      ).message,
    ).toContain(frozen);
    expect(
      failure(
        await dispatch('sessions.update', { id: session.id, date: '2021-12-11', place: 'Khác' }),
      ).message,
    ).toContain(frozen);
    expect(failure(await dispatch('sessions.conclude', { id: session.id })).message).toContain(
      frozen,
    );
    // Later edits of the roster or the rules do not change the record.
    value(
      await dispatch('councilMembers.update', {
        id: members[0]!.id,
        fullName: 'Tên đã đổi',
        role: 'chu_tich',
        termFrom: '2021-06-01',
      }),
    );
    value(
      await dispatch('councilRules.update', {
        councilId: council.id,
        quorumNum: 3,
        quorumDen: 4,
        quorumComparator: 'gte',
        tieRule: 'second_round',
        source: 'Quy chế sửa đổi',
      }),
    );
    const again = value<SessionDetail>(await dispatch('sessions.get', { id: session.id }));
    expect(again.roster[0]!.fullName).toBe('Thành viên 1');
    expect(again.quorum).toMatchObject({ met: true, rule: { num: 2, den: 3 } });
    // A member who sat in a session is not deleted; a council with sessions neither.
    expect(
      failure(await dispatch('councilMembers.delete', { id: members[0]!.id })).message,
    ).toContain('ghi ngày kết thúc nhiệm kỳ');
    expect(failure(await dispatch('councils.delete', { id: council.id })).message).toContain(
      'đã có 1 phiên họp',
    );
  });

  it('opens a session only for a movement given to the council, on a day the council exists', async () => {
    const { dispatch, movementId, council } = await councilApp();
    const list = value<{ id: number; movementIds: number[] }[]>(
      await dispatch('councils.list', {}),
    );
    expect(list.find((c) => c.id === council.id)?.movementIds).toEqual([movementId]);
    const other = value<CouncilDetail>(
      await dispatch('councils.create', { name: 'Hội đồng khác', validFrom: '2021-01-01' }),
    );
    expect(
      failure(
        await dispatch('sessions.create', {
          movementId,
          councilId: other.id,
          date: '2021-12-10',
        }),
      ).message,
    ).toContain('do “Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận” xét');
    expect(
      failure(await dispatch('sessions.create', { movementId, date: '2027-01-10' })).message,
    ).toContain('nằm ngoài thời gian hiệu lực');
    const sessions = value<unknown[]>(await dispatch('sessions.list', { councilId: council.id }));
    expect(sessions).toHaveLength(1);
  });
});
