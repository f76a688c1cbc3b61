import { MergeCellsOutlined, RightOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import type { DuplicatePairView } from '../../../../shared/domain/duplicate';
import { searchKey } from '../../../../shared/text/vietnamese';
import { duplicatesMessages as t } from './messages.vi';

type Side = DuplicatePairView['a'];

const STRENGTH_COLORS: Record<DuplicatePairView['strength'], string> = {
  chac_chan: 'magenta',
  nhieu_kha_nang: 'gold',
  co_the: 'default',
};

/** “Ông Nguyễn Văn A”: the form of address, then the name as typed. */
export function sideName(side: Side): string {
  return side.honorific ? `${side.honorific} ${side.fullName}` : side.fullName;
}

interface CompareRow {
  key: string;
  label: string;
  a: string | null;
  b: string | null;
  /** Compare these instead of the shown text (the name without its form of address). */
  same?: boolean;
}

const sameText = (x: string | null, y: string | null) => searchKey(x ?? '') === searchKey(y ?? '');

function compareRows(pair: DuplicatePairView, periodName: (code: string | null) => string) {
  const { a, b } = pair;
  const person = a.subjectType === 'ca_nhan';
  const rows: CompareRow[] = [
    {
      key: 'name',
      label: t.rows.name,
      a: sideName(a),
      b: sideName(b),
      same: sameText(a.fullName, b.fullName),
    },
    ...(person
      ? [{ key: 'birth', label: t.rows.birth, a: a.birth || null, b: b.birth || null }]
      : []),
    { key: 'workplace', label: t.rows.workplace, a: a.workplace, b: b.workplace },
    ...(person ? [{ key: 'position', label: t.rows.position, a: a.position, b: b.position }] : []),
    { key: 'unit', label: t.rows.unit, a: a.proposingUnitName, b: b.proposingUnitName },
    { key: 'dossier', label: t.rows.dossier, a: a.dossierLabel, b: b.dossierLabel },
    { key: 'form', label: t.rows.form, a: a.awardFormName, b: b.awardFormName },
    // A movement without periods: nothing to compare.
    ...(a.periodCode === null && b.periodCode === null
      ? []
      : [
          {
            key: 'period',
            label: t.rows.period,
            a: periodName(a.periodCode),
            b: periodName(b.periodCode),
          },
        ]),
  ];
  return rows.map((row) => ({ ...row, same: row.same ?? sameText(row.a, row.b) }));
}

/**
 * One suspected pair: the two nominations side by side, field by field (differences marked),
 * why they look like one subject, and the two ways to settle it.
 */
export function DuplicatePairCard({
  pair,
  periodName,
  onNotSame,
  onMerge,
}: {
  pair: DuplicatePairView;
  periodName: (code: string | null) => string;
  onNotSame: () => void;
  onMerge: () => void;
}) {
  const evidenceId = useId();
  const nameA = sideName(pair.a);
  const nameB = sideName(pair.b);
  const rows = compareRows(pair, periodName);
  const cell = (value: string | null): ReactNode =>
    value ? value : <span className="dup-none">{t.none}</span>;

  return (
    <Card
      size="small"
      className={`dup-pair dup-pair-${pair.severity}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Tooltip title={t.severityHint[pair.severity]}>
            <Tag color={pair.severity === 'error' ? 'red' : 'orange'} tabIndex={0}>
              {t.severity[pair.severity]}
            </Tag>
          </Tooltip>
          <Tag
            color={STRENGTH_COLORS[pair.strength]}
            aria-label={t.strengthLabel(t.strength[pair.strength])}
          >
            {t.strength[pair.strength]}
          </Tag>
          <h2 className="dup-pair-title">{nameA}</h2>
          <Typography.Text type="secondary">{t.subjects[pair.a.subjectType]}</Typography.Text>
        </Flex>
      }
      extra={
        <Flex gap={8}>
          <Button
            size="small"
            icon={<UserSwitchOutlined aria-hidden />}
            aria-label={t.notSameLabel(nameA)}
            onClick={onNotSame}
          >
            {t.notSame}
          </Button>
          <Button
            size="small"
            icon={<MergeCellsOutlined aria-hidden />}
            aria-label={t.mergeLabel(nameA)}
            onClick={onMerge}
          >
            {t.merge}
          </Button>
        </Flex>
      }
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} xl={16}>
          <table className="dup-compare">
            <caption className="dup-sr-only">{t.compareCaption(nameA, nameB)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.field}</th>
                <th scope="col">{t.side(1)}</th>
                <th scope="col">{t.side(2)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.same ? undefined : 'dup-row-diff'}>
                  <th scope="row">
                    {row.label}
                    {row.same ? null : <span className="dup-sr-only"> {t.differs}</span>}
                  </th>
                  <td className={row.key === 'name' ? 'dup-name' : undefined}>{cell(row.a)}</td>
                  <td className={row.key === 'name' ? 'dup-name' : undefined}>{cell(row.b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Col>
        <Col xs={24} xl={8}>
          <Typography.Text strong id={evidenceId}>
            {t.evidence}
          </Typography.Text>
          <ul className="dup-evidence" aria-labelledby={evidenceId}>
            {pair.evidence.map((line) => (
              <li key={line}>
                <RightOutlined aria-hidden className="dup-evidence-icon" />
                <span>{line}</span>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary" className="dup-severity-hint">
            {t.severityHint[pair.severity]}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
