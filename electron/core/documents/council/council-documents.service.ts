/**
 * The council PDFs of a session: ballots of a round, the Biên bản họp Hội đồng and the Biên bản
 * kiểm phiếu. Reads through the councils and settings services, maps with
 * `council-document-data.ts`, renders with the templates of this folder.
 */
import { createCouncilsService } from '../../councils/councils.service';
import type { Db } from '../../db/open-database';
import { createSettingsService } from '../../settings/settings.service';
import { renderPdf } from '../render-pdf';
import { ballotsDocument } from './ballots';
import {
  ballotDataFrom,
  councilHeading,
  minutesDataFrom,
  voteCountDataFrom,
  type BallotOptions,
  type VoteCountOptions,
} from './council-document-data';
import { councilMinutesDocument } from './council-minutes';
import { voteCountMinutesDocument } from './vote-count-minutes';

export interface CouncilPdf {
  fileName: string;
  content: Buffer;
}

export interface CouncilDocumentsService {
  ballotsPdf(sessionId: number, options: BallotOptions): Promise<CouncilPdf>;
  minutesPdf(
    sessionId: number,
    options: { number: string | null; endTime: string | null },
  ): Promise<CouncilPdf>;
  voteCountPdf(
    sessionId: number,
    options: Omit<VoteCountOptions, 'number' | 'startTime' | 'endTime'> & {
      number: string | null;
      startTime: string | null;
      endTime: string | null;
    },
  ): Promise<CouncilPdf>;
}

export function createCouncilDocumentsService(db: Db, clock: () => Date): CouncilDocumentsService {
  const councils = createCouncilsService(db, clock);
  const settings = createSettingsService(db, clock);
  const load = (sessionId: number) => {
    const session = councils.session(sessionId);
    const heading = councilHeading(settings.get(), session);
    return { session, heading };
  };
  return {
    async ballotsPdf(sessionId, options) {
      const { session, heading } = load(sessionId);
      const voting = councils.voting.voting(sessionId);
      const data = ballotDataFrom(heading, session, councils.agenda(sessionId), voting, options);
      return {
        fileName: `phieu-bau-${session.date}-phien-${session.id}-vong-${data.round}.pdf`,
        content: await renderPdf(ballotsDocument(data)),
      };
    },
    async minutesPdf(sessionId, options) {
      const { session, heading } = load(sessionId);
      const data = minutesDataFrom(heading, session, councils.voting.voting(sessionId), {
        number: options.number ?? '',
        endTime: options.endTime ?? '',
      });
      return {
        fileName: `bien-ban-hop-hoi-dong-${session.date}-phien-${session.id}.pdf`,
        content: await renderPdf(councilMinutesDocument(data)),
      };
    },
    async voteCountPdf(sessionId, options) {
      const { session, heading } = load(sessionId);
      const data = voteCountDataFrom(heading, session, councils.voting.voting(sessionId), {
        round: options.round,
        committee: options.committee,
        number: options.number ?? '',
        startTime: options.startTime ?? '',
        endTime: options.endTime ?? '',
      });
      return {
        fileName: `bien-ban-kiem-phieu-${session.date}-phien-${session.id}-vong-${data.round}.pdf`,
        content: await renderPdf(voteCountMinutesDocument(data)),
      };
    },
  };
}
