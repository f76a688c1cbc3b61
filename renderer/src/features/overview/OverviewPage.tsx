import { ApartmentOutlined, ExperimentOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import { useState } from 'react';
import { isValidOn, todayIso } from '../../../../shared/domain/dates';
import { PATHS } from '../../app/paths';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { movementPath } from '../movements/paths';
import { settingsQueries } from '../settings/queries';
import { unitQueries } from '../units/queries';
import { overviewMessages as t } from './messages.vi';
import { useLoadDemoMutation } from './mutations';
import { appQueries, demoQueries } from './queries';

export function OverviewPage() {
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Row gutter={[16, 16]}>
        <DemoCard />
        <Col xs={24} xl={12}>
          <AgencyCard />
        </Col>
        <Col xs={24} xl={12}>
          <UnitsCard />
        </Col>
        <Col span={24}>
          <DataCard />
        </Col>
      </Row>
    </>
  );
}

function AgencyCard() {
  const settings = useQuery(settingsQueries.detail());
  return (
    <Card title={t.agency} size="small" style={{ height: '100%' }}>
      {settings.isPending ? (
        <Skeleton active />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.data.issuingBody || settings.data.governingBody ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'issuingBody',
              label: t.agency,
              children: (
                <Typography.Text strong>
                  {settings.data.issuingBody || settings.data.governingBody}
                </Typography.Text>
              ),
            },
            ...(settings.data.issuingBody && settings.data.governingBody
              ? [
                  {
                    key: 'governingBody',
                    label: t.governingBody,
                    children: settings.data.governingBody,
                  },
                ]
              : []),
            ...(settings.data.signerName
              ? [
                  {
                    key: 'signer',
                    label: t.signer,
                    children: [settings.data.signerTitle, settings.data.signerName]
                      .filter(Boolean)
                      .join(' '),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t.agencyMissingTitle}
          description={t.agencyMissingBody}
          action={
            <Button
              size="small"
              href={hrefFor(PATHS.settings)}
              icon={<SettingOutlined aria-hidden />}
            >
              {t.goToSettings}
            </Button>
          }
        />
      )}
    </Card>
  );
}

function UnitsCard() {
  const units = useQuery(unitQueries.list());
  const today = todayIso();
  return (
    <Card
      title={t.units}
      size="small"
      style={{ height: '100%' }}
      extra={
        <Button
          type="link"
          size="small"
          href={hrefFor(PATHS.units)}
          icon={<ApartmentOutlined aria-hidden />}
        >
          {t.goToUnits}
        </Button>
      }
    >
      {units.isPending ? (
        <Skeleton active />
      ) : units.isError ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Row gutter={16}>
          <Col span={12}>
            <Statistic title={t.unitsTotal} value={units.data.length} />
          </Col>
          <Col span={12}>
            <Statistic
              title={t.unitsValid}
              value={units.data.filter((u) => isValidOn(u, today)).length}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}

function DataCard() {
  const info = useQuery(appQueries.info());
  return (
    <Card title={t.data} size="small">
      {info.isPending ? (
        <Skeleton active />
      ) : info.isError ? (
        <QueryError error={info.error} onRetry={() => void info.refetch()} />
      ) : (
        <Descriptions
          column={{ xs: 1, lg: 2 }}
          size="small"
          items={[
            {
              key: 'databasePath',
              label: t.databasePath,
              span: 'filled',
              children: (
                <Typography.Text code copyable={{ tooltips: [t.copy, t.copied] }}>
                  {info.data.databasePath}
                </Typography.Text>
              ),
            },
            { key: 'mode', label: t.mode, children: t.modes[info.data.mode] },
            { key: 'schemaVersion', label: t.schemaVersion, children: info.data.schemaVersion },
            { key: 'appVersion', label: t.appVersion, children: info.data.appVersion },
          ]}
        />
      )}
    </Card>
  );
}

/** Offered only on an empty database: one click to a real plan with its units, to try the app. */
function DemoCard() {
  const status = useQuery(demoQueries.status());
  const load = useLoadDemoMutation();
  const [error, setError] = useState<string | null>(null);
  if (!status.data?.available) return null;
  const d = t.demo;
  return (
    <Col span={24}>
      <Card
        size="small"
        className="demo-card"
        title={
          <Flex gap={8} align="center">
            <ExperimentOutlined aria-hidden />
            <h2 style={{ fontSize: 16, fontWeight: 600, margin: 0 }}>{d.title}</h2>
          </Flex>
        }
      >
        <Typography.Paragraph style={{ marginBottom: 8 }}>{d.intro}</Typography.Paragraph>
        <ul style={{ margin: '0 0 12px', paddingLeft: 20 }}>
          {d.contents.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={d.failed}
            description={error}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Flex gap={12} align="center" wrap>
          <Button
            type="primary"
            loading={load.isPending}
            onClick={() => {
              setError(null);
              load.mutate(undefined, {
                onSuccess: ({ movementId }) => navigate(movementPath(movementId, 'board')),
                onError: (e) => setError(errorText(e)),
              });
            }}
          >
            {d.load}
          </Button>
          <Typography.Text type="secondary">{d.note}</Typography.Text>
        </Flex>
      </Card>
    </Col>
  );
}
