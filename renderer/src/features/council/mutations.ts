import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { SessionDetail } from '../../../../shared/domain/council';
import type { SessionVoting } from '../../../../shared/domain/council-voting';
import { call } from '../../api/client';
import { movementQueries } from '../movements/queries';
import { councilQueries } from './queries';

/** Any change of a council, member, rule or session refreshes every council reader. */
function useInvalidateCouncils() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: councilQueries.all() });
}

/** A saved session is the truth at once (the quorum shown live), then the lists are refreshed. */
function useSessionSaved() {
  const queryClient = useQueryClient();
  return (session: SessionDetail) => {
    queryClient.setQueryData(councilQueries.session(session.id).queryKey, session);
    return queryClient.invalidateQueries({ queryKey: councilQueries.all() });
  };
}

export function useCreateCouncilMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'councils.create'>) => call('councils.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateCouncilMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'councils.update'>) => call('councils.update', input),
    onSuccess: invalidate,
  });
}

export function useDeleteCouncilMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('councils.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: councilQueries.detail(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: movementQueries.all() });
      return queryClient.invalidateQueries({ queryKey: councilQueries.list().queryKey });
    },
  });
}

export function useAssignMovementMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'councils.assignMovement'>) => call('councils.assignMovement', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: councilQueries.all() }),
        queryClient.invalidateQueries({ queryKey: movementQueries.all() }),
      ]),
  });
}

export function useCreateMemberMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'councilMembers.create'>) => call('councilMembers.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateMemberMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'councilMembers.update'>) => call('councilMembers.update', input),
    onSuccess: invalidate,
  });
}

export function useDeleteMemberMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (id: number) => call('councilMembers.delete', { id }),
    onSuccess: invalidate,
  });
}

export function useUpdateRulesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'councilRules.update'>) => call('councilRules.update', input),
    onSuccess: (rules) => {
      queryClient.setQueryData(councilQueries.rules(rules.councilId).queryKey, rules);
      return queryClient.invalidateQueries({ queryKey: councilQueries.all() });
    },
  });
}

export function useCreateSessionMutation() {
  const onSaved = useSessionSaved();
  return useMutation({
    mutationFn: (input: Input<'sessions.create'>) => call('sessions.create', input),
    onSuccess: onSaved,
  });
}

export function useUpdateSessionMutation() {
  const onSaved = useSessionSaved();
  return useMutation({
    mutationFn: (input: Input<'sessions.update'>) => call('sessions.update', input),
    onSuccess: onSaved,
  });
}

export function useSetAttendanceMutation() {
  const onSaved = useSessionSaved();
  return useMutation({
    mutationFn: (input: Input<'sessions.setAttendance'>) => call('sessions.setAttendance', input),
    onSuccess: onSaved,
  });
}

export function useConcludeSessionMutation() {
  const onSaved = useSessionSaved();
  return useMutation({
    mutationFn: (id: number) => call('sessions.conclude', { id }),
    onSuccess: onSaved,
  });
}

/** A voting change answers with the whole voting view: shown at once, then the rest refreshed. */
function useVotingSaved() {
  const queryClient = useQueryClient();
  return (voting: SessionVoting) => {
    queryClient.setQueryData(councilQueries.voting(voting.sessionId).queryKey, voting);
    return queryClient.invalidateQueries({ queryKey: councilQueries.all() });
  };
}

export function useOpenVotingMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'sessions.openVoting'>) => call('sessions.openVoting', input),
    onSuccess: onSaved,
  });
}

export function useSetRoundCountsMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'rounds.setCounts'>) => call('rounds.setCounts', input),
    onSuccess: onSaved,
  });
}

export function useEnterTotalsMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'rounds.enterTotals'>) => call('rounds.enterTotals', input),
    onSuccess: onSaved,
  });
}

export function useOpenSecondRoundMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'rounds.openSecond'>) => call('rounds.openSecond', input),
    onSuccess: onSaved,
  });
}

export function useDeleteRoundMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (id: number) => call('rounds.delete', { id }),
    onSuccess: onSaved,
  });
}

export function useChairDecideMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'ties.chairDecide'>) => call('ties.chairDecide', input),
    onSuccess: onSaved,
  });
}

/** One ballot: its validity comes back at once; the voting view is then reloaded. */
export function useEnterBallotMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'ballots.enter'>) => call('ballots.enter', input),
    onSuccess: invalidate,
  });
}

export function useDeleteBallotMutation() {
  const invalidate = useInvalidateCouncils();
  return useMutation({
    mutationFn: (input: Input<'ballots.delete'>) => call('ballots.delete', input),
    onSuccess: invalidate,
  });
}

export function useSetWrittenOpinionMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'writtenOpinions.set'>) => call('writtenOpinions.set', input),
    onSuccess: onSaved,
  });
}

export function useDeleteWrittenOpinionMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'writtenOpinions.delete'>) => call('writtenOpinions.delete', input),
    onSuccess: onSaved,
  });
}

export function useCorrectResultMutation() {
  const onSaved = useVotingSaved();
  return useMutation({
    mutationFn: (input: Input<'sessions.correct'>) => call('sessions.correct', input),
    onSuccess: onSaved,
  });
}
