import { ApartmentOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Statistic, Typography } from 'antd';
import { isValidOn, todayIso } from '../../../../shared/domain/dates';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { settingsQueries } from '../settings/queries';
import { unitQueries } from '../units/queries';
import { overviewMessages as t } from './messages.vi';
import { appQueries } from './queries';

export function OverviewPage() {
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Row gutter={[16, 16]}>
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
