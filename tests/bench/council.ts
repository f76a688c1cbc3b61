/**
 * council.tally: 30 ballots × 200 candidates (two groups of 100, 20 places each).
 * - council.tally200.rules: the pure tally + validity + ranking, against a plain loop that only counts "yes".
 * - council.tally200.session: `sessions.voting` on a real SQLite file (load, tally, rank, reconcile).
 * - council.ballotEnter200: entering one 200-row ballot through the service (median of the 30).
 */
import { openApp } from '../../electron/api/app';
import type { SessionVoting } from '../../shared/domain/council-voting';
import { tallyBallots, type Mark, type Section } from '../../shared/rules/tally';
import { rankGroup } from '../../shared/rules/tally-ranking';

type Report = (name: string, value: number, unit: string, reference?: number) => void;

const RUNS = 7;
const BALLOTS = 30;
const PER_GROUP = 100;
const QUOTA = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Numerical Recipes LCG: the same marks on every run. */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

/** Each ballot: about 18 "yes" per group, a few blank or both rows, one ballot in ten over the quota. */
function marksFor(ids: readonly number[][], seed: number): Map<number, Mark>[] {
  const rand = lcg(seed);
  return Array.from({ length: BALLOTS }, (_, b) => {
    const marks = new Map<number, Mark>();
    for (const group of ids) {
      const yesCount = b % 10 === 0 ? QUOTA + 1 : 14 + rand(7);
      const chosen = new Set<number>();
      while (chosen.size < yesCount) chosen.add(rand(group.length));
      group.forEach((id, i) => {
        const r = rand(50);
        marks.set(id, chosen.has(i) ? 'yes' : r === 0 ? 'both' : r === 1 ? 'blank' : 'no');
      });
    }
    return marks;
  });
}

function benchRules(report: Report): void {
  const ids = [0, 1].map((g) => Array.from({ length: PER_GROUP }, (_, i) => g * PER_GROUP + i + 1));
  const sections: Section[] = ids.map((group, g) => ({
    key: String(g),
    label: g === 0 ? 'Bằng khen – tập thể' : 'Bằng khen – cá nhân',
    quota: QUOTA,
    nominees: group.map((id) => ({ id, name: `Trường hợp ${id}` })),
  }));
  const ballots = marksFor(ids, 2021).map((marks) => ({ marks }));
  const times: number[] = [];
  const plain: number[] = [];
  let selected = 0;
  for (let run = 0; run < RUNS; run++) {
    times.push(
      time(() => {
        const tally = tallyBallots(sections, ballots, 'ballot_invalid');
        selected = 0;
        for (const s of sections) {
          const ranking = rankGroup(
            s.nominees.map((n) => {
              const c = tally.perNominee.get(n.id)!;
              return { id: n.id, yes: c.yes, passed: c.yes * 100 > 50 * tally.valid };
            }),
            s.quota,
            [],
          );
          selected += ranking.selected;
        }
      }),
    );
    plain.push(
      time(() => {
        const yes = new Map<number, number>();
        for (const b of ballots)
          for (const [id, m] of b.marks) if (m === 'yes') yes.set(id, (yes.get(id) ?? 0) + 1);
      }),
    );
  }
  if (selected > 2 * QUOTA) throw new Error('bench: more selected than the quota');
  report('council.tally200.rules', median(times), 'ms', median(plain));
}

async function benchSession(report: Report, freshDir: () => string): Promise<void> {
  const app = openApp({ dataDir: freshDir(), mode: 'browser', appVersion: 'bench' });
  try {
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await app.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    const { movementId } = await call<{ movementId: number }>('demo.load', {});
    const council = await call<{ id: number }>('councils.create', {
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
      validFrom: '2021-06-01',
    });
    const members: number[] = [];
    for (let i = 0; i < BALLOTS; i++) {
      const m = await call<{ id: number }>('councilMembers.create', {
        councilId: council.id,
        fullName: `Thành viên ${i + 1}`,
        role: i === 0 ? 'chu_tich' : 'uy_vien',
        termFrom: '2021-06-01',
      });
      members.push(m.id);
    }
    await call('councilRules.update', {
      councilId: council.id,
      quorumNum: 2,
      quorumDen: 3,
      quorumComparator: 'gte',
      tieRule: 'second_round',
      source: 'Quy chế hoạt động',
      overrides: [
        {
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: null,
          votingRuleCode: 'ktnn_2014_tren_50_tong_so',
        },
      ],
    });
    const units = await call<{ id: number; name: string }[]>('units.list', {});
    const districts = units.filter((u) => u.name.startsWith('UBND huyện')).slice(0, 8);
    for (const [d, unit] of districts.entries()) {
      const dossier = await call<{ id: number; checklist: { id: number; mandatory: boolean }[] }>(
        'dossiers.create',
        {
          receivedDate: '2021-11-25',
          proposingUnitId: unit.id,
          movementId,
          procedure: 'don_gian',
          awardFormCodes: ['bk_chu_tich_tinh'],
        },
      );
      for (let i = 0; i < 25; i++) {
        await call('nominations.create', {
          movementId,
          proposingUnitId: unit.id,
          dossierId: dossier.id,
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: i % 2 === 0 ? 'tap_the' : 'ca_nhan',
          fullName: i % 2 === 0 ? `Tập thể ${d}-${i}` : `Nguyễn Văn ${d}-${i}`,
        });
      }
      const filled = await call<{ checklist: { id: number; mandatory: boolean }[] }>(
        'dossiers.get',
        { id: dossier.id },
      );
      for (const item of filled.checklist.filter((c) => c.mandatory)) {
        await call('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' });
      }
      await call('dossiers.setStatus', { id: dossier.id, status: 'hop_le', date: '2021-11-26' });
      await call('dossiers.setStatus', {
        id: dossier.id,
        status: 'trinh_hoi_dong',
        date: '2021-12-01',
      });
    }
    const session = await call<{ id: number }>('sessions.create', {
      movementId,
      councilId: council.id,
      date: '2021-12-10',
    });
    await call('sessions.setAttendance', {
      sessionId: session.id,
      entries: members.map((memberId) => ({ memberId, status: 'present' })),
    });
    const opened = await call<SessionVoting>('sessions.openVoting', {
      sessionId: session.id,
      spares: 0,
    });
    const round = opened.rounds[0]!;
    const ids = round.sections.map((s) => s.nominees.map((n) => n.nominationId));
    if (ids.flat().length !== 2 * PER_GROUP) throw new Error('bench: expected 200 candidates');
    const enterTimes: number[] = [];
    for (const marks of marksFor(ids, 2021)) {
      const input = {
        roundId: round.id,
        marks: [...marks].map(([nominationId, mark]) => ({ nominationId, mark: mark })),
      };
      const start = process.hrtime.bigint();
      await call('ballots.enter', input);
      enterTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const viewTimes: number[] = [];
    let view: SessionVoting | null = null;
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint();
      view = await call<SessionVoting>('sessions.voting', { id: session.id });
      viewTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    if (view!.rounds[0]!.reconciliation.returned !== BALLOTS)
      throw new Error('bench: ballots lost');
    report('council.tally200.session', median(viewTimes), 'ms');
    report('council.ballotEnter200', median(enterTimes), 'ms');
  } finally {
    app.close();
  }
}

export async function benchCouncil(report: Report, freshDir: () => string): Promise<void> {
  benchRules(report);
  await benchSession(report, freshDir);
}
