import { ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Flex, Form, Input, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { COUNCIL_ROLE_LABELS, type RosterEntry } from '../../../../shared/domain/council';
import { matchesSearch, normalizeText } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { applyApiErrorToForm } from '../../components/api-errors';
import { showFile } from '../dossiers/files';
import { councilMessages } from './messages.vi';

const v = councilMessages.voting.voteCountForm;
const m = councilMessages.voting.minutesForm;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

interface CommitteeMember {
  name: string;
  position: string;
}

interface VoteCountValues {
  number?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

interface MinutesValues {
  number?: string | null;
  endTime?: string | null;
}

// What was typed last time for a session, kept while the window is open (not stored anywhere).
const lastVoteCount = new Map<number, VoteCountValues & { committee: CommitteeMember[] }>();
const lastMinutes = new Map<number, MinutesValues>();

const clockRule = {
  pattern: CLOCK,
  message: v.timeFormat,
};

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

/** Biên bản kiểm phiếu of one round: the ban kiểm phiếu (trưởng ban first), number and times. */
export function VoteCountPrintModal({
  sessionId,
  roundNumber,
  roundTitle,
  roster,
  onClose,
}: {
  sessionId: number;
  roundNumber: number;
  roundTitle: string;
  roster: readonly RosterEntry[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const last = lastVoteCount.get(sessionId);
  const [form] = Form.useForm<VoteCountValues>();
  const [committee, setCommittee] = useState<CommitteeMember[]>(last?.committee ?? []);
  const [search, setSearch] = useState('');
  const [printing, setPrinting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const taken = new Set(committee.map((c) => normalizeText(c.name)));
  const options = roster
    .filter((r) => !taken.has(normalizeText(r.fullName)) && matchesSearch(r.fullName, search))
    .map((r) => ({
      value: String(r.memberId),
      label: `${r.fullName} — ${COUNCIL_ROLE_LABELS[r.role]}${r.position ? `, ${r.position}` : ''}`,
    }));

  const add = (member: CommitteeMember) => {
    const name = normalizeText(member.name).trim();
    if (!name || committee.length >= 15) return;
    if (committee.some((c) => normalizeText(c.name) === name)) return;
    setCommittee([...committee, { name, position: member.position }]);
    setSearch('');
  };
  const move = (index: number) => {
    if (index === 0) return;
    const next = [...committee];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    setCommittee(next);
  };

  const onFinish = async (values: VoteCountValues) => {
    setFormError(null);
    setPrinting(true);
    try {
      const file = await call('sessions.voteCountPdf', {
        sessionId,
        round: roundNumber,
        number: trimmed(values.number),
        startTime: trimmed(values.startTime),
        endTime: trimmed(values.endTime),
        committee: committee.map((c, i) => ({
          name: c.name,
          role: i === 0 ? v.head : v.member,
          position: c.position.trim(),
        })),
      });
      lastVoteCount.set(sessionId, { ...values, committee });
      showFile(file);
      void message.success(councilMessages.session.printed(file.fileName));
      onClose();
    } catch (error) {
      setFormError(applyApiErrorToForm(form, error, ['number', 'startTime', 'endTime']));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={v.title(roundTitle)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button
          key="ok"
          type="primary"
          htmlType="submit"
          form="council-vote-count-print"
          loading={printing}
        >
          {v.print}
        </Button>,
      ]}
    >
      {formError ? (
        <Typography.Paragraph type="danger" role="alert">
          {formError}
        </Typography.Paragraph>
      ) : null}
      <Form<VoteCountValues>
        form={form}
        name="council-vote-count-print"
        layout="vertical"
        initialValues={{
          number: last?.number ?? null,
          startTime: last?.startTime ?? null,
          endTime: last?.endTime ?? null,
        }}
        onFinish={(values) => void onFinish(values)}
      >
        <fieldset className="council-committee">
          <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 4 }}>{v.committee}</legend>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {v.committeeHint}
          </Typography.Paragraph>
          <AutoComplete
            aria-label={v.pick}
            autoFocus
            value={search}
            options={options}
            filterOption={false}
            defaultActiveFirstOption
            style={{ width: '100%' }}
            placeholder={v.pick}
            onSearch={setSearch}
            onChange={(text: string) =>
              setSearch(roster.some((r) => String(r.memberId) === text) ? '' : text)
            }
            onSelect={(id: string) => {
              const r = roster.find((x) => String(x.memberId) === id);
              if (r) add({ name: r.fullName, position: r.position ?? '' });
            }}
            onInputKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              // Enter here adds a person; it must not print yet.
              e.preventDefault();
              // A name typed that matches no member of the council is added as typed.
              if (options.length === 0 && search.trim()) add({ name: search, position: '' });
            }}
          />
          {committee.length === 0 ? null : (
            <List
              size="small"
              style={{ marginTop: 8 }}
              dataSource={committee}
              locale={{ emptyText: ' ' }}
              renderItem={(c, i) => (
                <List.Item key={c.name}>
                  <Flex gap={8} align="center" style={{ width: '100%' }}>
                    <span style={{ minWidth: 24 }}>{i + 1}.</span>
                    <span style={{ flex: '1 1 40%' }}>
                      <span className="council-committee-name">{c.name}</span>{' '}
                      <Typography.Text type="secondary">
                        — {i === 0 ? v.head : v.member}
                      </Typography.Text>
                    </span>
                    <Input
                      aria-label={v.position(i + 1)}
                      style={{ flex: '1 1 40%' }}
                      value={c.position}
                      maxLength={300}
                      onChange={(e) =>
                        setCommittee(
                          committee.map((x, j) =>
                            j === i ? { ...x, position: e.target.value } : x,
                          ),
                        )
                      }
                    />
                    <Button
                      size="small"
                      aria-label={v.moveUp(c.name)}
                      icon={<ArrowUpOutlined aria-hidden />}
                      disabled={i === 0}
                      onClick={() => move(i)}
                    />
                    <Button
                      size="small"
                      danger
                      aria-label={v.remove(c.name)}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => setCommittee(committee.filter((_x, j) => j !== i))}
                    />
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </fieldset>
        <Form.Item name="number" label={v.number} style={{ marginTop: 12 }}>
          <Input autoComplete="off" maxLength={20} placeholder={v.numberHint} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="startTime" label={v.startTime} rules={[clockRule]} style={{ flex: 1 }}>
            <Input autoComplete="off" placeholder={v.timeHint} maxLength={5} />
          </Form.Item>
          <Form.Item name="endTime" label={v.endTime} rules={[clockRule]} style={{ flex: 1 }}>
            <Input autoComplete="off" placeholder={v.timeHint} maxLength={5} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}

/** Biên bản họp Hội đồng: its number and the closing time. */
export function MinutesPrintModal({
  sessionId,
  onClose,
}: {
  sessionId: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MinutesValues>();
  const [printing, setPrinting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const last = lastMinutes.get(sessionId);

  const onFinish = async (values: MinutesValues) => {
    setFormError(null);
    setPrinting(true);
    try {
      const file = await call('sessions.minutesPdf', {
        sessionId,
        number: trimmed(values.number),
        endTime: trimmed(values.endTime),
      });
      lastMinutes.set(sessionId, values);
      showFile(file);
      void message.success(councilMessages.session.printed(file.fileName));
      onClose();
    } catch (error) {
      setFormError(applyApiErrorToForm(form, error, ['number', 'endTime']));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal
      open
      title={m.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button
          key="ok"
          type="primary"
          htmlType="submit"
          form="council-minutes-print"
          loading={printing}
        >
          {m.print}
        </Button>,
      ]}
    >
      {formError ? (
        <Typography.Paragraph type="danger" role="alert">
          {formError}
        </Typography.Paragraph>
      ) : null}
      <Form<MinutesValues>
        form={form}
        name="council-minutes-print"
        layout="vertical"
        initialValues={{ number: last?.number ?? null, endTime: last?.endTime ?? null }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="number" label={m.number}>
          <Input autoFocus autoComplete="off" maxLength={20} placeholder={v.numberHint} />
        </Form.Item>
        <Form.Item name="endTime" label={m.endTime} rules={[clockRule]}>
          <Input autoComplete="off" placeholder={v.timeHint} maxLength={5} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
