import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Flex,
  Form,
  Skeleton,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type FormInstance,
  type TabsProps,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { AwardForm, LegalRegime } from '../../../../shared/domain/award-form';
import { formatDateVi, isValidOn, todayIso } from '../../../../shared/domain/dates';
import type { Movement } from '../../../../shared/domain/movement';
import type { Unit, UnitKind } from '../../../../shared/domain/unit';
import { ApiError } from '../../api/client';
import { PATHS } from '../../app/paths';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { settingsQueries } from '../settings/queries';
import { knownSectors } from '../units/unit-tree';
import { unitQueries } from '../units/queries';
import { AwardFormsSection } from './AwardFormsSection';
import { GeneralSection } from './GeneralSection';
import { movementsMessages as t } from './messages.vi';
import {
  applyMovementErrors,
  blankMovementValues,
  clearEditedErrors,
  namePathOf,
  snapshot,
  tabOfField,
  toFormValues,
  toMovementInput,
  type MovementFormValues,
} from './movement-form';
import { MovementNotFound } from './MovementNotFound';
import { numberSymbol } from './numbering';
import { useCreateMovementMutation, useUpdateMovementMutation } from './mutations';
import { NominationsTab } from './NominationsTab';
import { movementPath, NEW_MOVEMENT_SLUG, tabFromHash, type MovementTab } from './paths';
import { PeriodsSection } from './PeriodsSection';
import { movementQueries } from './queries';
import { QuotaBoardTab } from './QuotaBoardTab';
import { QuotaRulesSection, type RulesContext } from './QuotaRulesSection';
import { RoutesSection } from './RoutesSection';
import { useLeaveGuard } from './use-leave-guard';

const FORM_NAME = 'movement';
const EDITOR_TABS: readonly MovementTab[] = ['general', 'forms', 'periods', 'rules', 'routes'];

interface Catalogs {
  awardForms: AwardForm[];
  regimes: LegalRegime[];
  kinds: UnitKind[];
  units: Unit[];
}

/** Everything the editor refers to; null while loading. */
function useCatalogs() {
  const awardForms = useQuery(catalogQueries.awardForms());
  const regimes = useQuery(catalogQueries.legalRegimes());
  const kinds = useQuery(unitQueries.kinds());
  const units = useQuery(unitQueries.list());
  const all = [awardForms, regimes, kinds, units];
  const catalogs: Catalogs | null =
    awardForms.data && regimes.data && kinds.data && units.data
      ? {
          awardForms: awardForms.data,
          regimes: regimes.data,
          kinds: kinds.data,
          units: units.data,
        }
      : null;
  return {
    catalogs,
    error: all.find((q) => q.isError)?.error ?? null,
    retry: () => all.forEach((q) => void q.refetch()),
  };
}

/** The open tab, mirrored in the address (`?the=…`) without reloading the screen. */
function useTab(id: number | typeof NEW_MOVEMENT_SLUG) {
  const [tab, setTabState] = useState<MovementTab>(
    () => tabFromHash(window.location.hash) ?? 'general',
  );
  const setTab = (next: MovementTab) => {
    setTabState(next);
    window.history.replaceState(null, '', hrefFor(movementPath(id, next)));
  };
  return [tab, setTab] as const;
}

function Loading({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Skeleton active paragraph={{ rows: 10 }} />
    </>
  );
}

/** `#/phong-trao/12`: one movement, its editor, its quota board and its nominations. */
export function MovementDetailPage({ id }: { id: number }) {
  const movement = useQuery(movementQueries.detail(id));
  const { catalogs, error, retry } = useCatalogs();
  const [tab, setTab] = useTab(id);

  if (movement.error instanceof ApiError && movement.error.code === 'NOT_FOUND') {
    return <MovementNotFound />;
  }
  if (movement.isError || error) {
    return (
      <>
        <PageHeader title={t.title} />
        <QueryError
          error={movement.error ?? error}
          onRetry={() => {
            void movement.refetch();
            retry();
          }}
        />
      </>
    );
  }
  if (movement.isPending || !catalogs) return <Loading title={t.title} />;
  return (
    // A new version from the server (after “Lưu”) starts a fresh form from what was saved.
    <MovementScreen
      key={movement.data.updatedAt}
      movement={movement.data}
      catalogs={catalogs}
      tab={tab}
      onTabChange={setTab}
    />
  );
}

/** `#/phong-trao/moi`: a blank plan; board and nominations come once it is saved. */
export function NewMovementPage() {
  const settings = useQuery(settingsQueries.detail());
  const { catalogs, error, retry } = useCatalogs();
  const [tab, setTab] = useTab(NEW_MOVEMENT_SLUG);
  if (settings.isError || error) {
    return (
      <>
        <PageHeader title={t.newTitle} />
        <QueryError
          error={settings.error ?? error}
          onRetry={() => {
            void settings.refetch();
            retry();
          }}
        />
      </>
    );
  }
  if (settings.isPending || !catalogs) return <Loading title={t.newTitle} />;
  const today = todayIso();
  return (
    <MovementScreen
      movement={null}
      blank={blankMovementValues({
        issuingBody: settings.data.issuingBody || settings.data.governingBody,
        legalRegimeCode: catalogs.regimes.find((r) => isValidOn(r, today))?.code,
      })}
      catalogs={catalogs}
      tab={EDITOR_TABS.includes(tab) ? tab : 'general'}
      onTabChange={setTab}
    />
  );
}

function MovementScreen({
  movement,
  blank,
  catalogs,
  tab,
  onTabChange,
}: {
  movement: Movement | null;
  blank?: MovementFormValues;
  catalogs: Catalogs;
  tab: MovementTab;
  onTabChange: (tab: MovementTab) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MovementFormValues>();
  const initialValues = useMemo(
    () => (movement ? toFormValues(movement) : (blank ?? {})),
    // The screen is re-created (key) for every saved version, so the first values are the ones.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const presetCode = movement?.presetCode ?? null;
  const baseline = useMemo(() => snapshot(initialValues, presetCode), [initialValues, presetCode]);
  const [dirty, setDirty] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [errorKeys, setErrorKeys] = useState('');
  const update = useUpdateMovementMutation();
  const create = useCreateMovementMutation();
  const saving = update.isPending || create.isPending;
  useLeaveGuard(dirty);

  const board = useQuery({
    ...movementQueries.board(movement?.id ?? 0),
    enabled: movement !== null,
  });
  const rulesContext = useMemo<RulesContext>(() => {
    const sentences = new Map((board.data?.rules ?? []).map((r) => [r.id, r.sentence]));
    return {
      catalog: catalogs.awardForms,
      kinds: catalogs.kinds,
      sectors: knownSectors(catalogs.units),
      saved: new Map(
        (movement?.quotaRules ?? []).map((rule) => [
          rule.id,
          { rule, sentence: sentences.get(rule.id) },
        ]),
      ),
    };
  }, [board.data, catalogs, movement]);

  const routes = Form.useWatch('routes', form);
  const showRoutes = (routes ?? initialValues.routes ?? []).length > 0 || tab === 'routes';

  const errorPaths = useMemo(
    () => (errorKeys === '' ? [] : errorKeys.split('|').map(namePathOf)),
    [errorKeys],
  );
  const errorTabs = new Set(errorPaths.map(tabOfField));
  const errorRules = useMemo(
    () =>
      new Set(
        errorPaths
          .filter((p) => p[0] === 'quotaRules' && typeof p[1] === 'number')
          .map((p) => p[1] as number),
      ),
    [errorPaths],
  );
  const refreshErrors = () => {
    setErrorKeys(
      form
        .getFieldsError()
        .filter((f) => f.errors.length > 0)
        .map((f) => f.name.join('.'))
        .join('|'),
    );
  };

  /** Opens the tab of a field with an error and brings the field into view. */
  const reveal = (name: (string | number)[]) => {
    onTabChange(tabOfField(name));
    // After the tab (and a closed rule) is shown.
    window.setTimeout(() => form.scrollToField(name, { block: 'center', focus: true }), 50);
  };

  const save = async () => {
    if (saving) return;
    setFormError(null);
    try {
      await form.validateFields();
    } catch {
      refreshErrors();
      const first = form.getFieldsError().find((f) => f.errors.length > 0);
      if (first) reveal(first.name);
      return;
    }
    const values = form.getFieldsValue(true) as MovementFormValues;
    const input = toMovementInput(values, presetCode);
    try {
      if (movement) {
        await update.mutateAsync({ id: movement.id, ...input });
        void message.success(t.saved);
      } else {
        const created = await create.mutateAsync(input);
        void message.success(t.created);
        navigate(movementPath(created.id));
      }
    } catch (error) {
      const { unplaced, placed } = applyMovementErrors(form, error);
      setFormError(unplaced ?? t.saveFailedFields(placed.length));
      refreshErrors();
      if (placed[0]) reveal(placed[0]);
    }
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const label = (key: MovementTab, text: string) =>
    errorTabs.has(key) ? (
      <span className="tab-with-error">
        {text}
        <span className="tab-error-dot" aria-hidden />
        <span className="sr-only"> ({t.tabs.hasErrors})</span>
      </span>
    ) : (
      text
    );

  const items: TabsProps['items'] = [
    {
      key: 'general',
      label: label('general', t.tabs.general),
      forceRender: true,
      children: (
        <GeneralSection
          regimes={catalogs.regimes}
          showAddRoutes={!showRoutes}
          onAddRoutes={() => {
            form.setFieldValue('routes', [{ proposer: '', routeTo: '', scope: null }]);
            onTabChange('routes');
          }}
        />
      ),
    },
    {
      key: 'forms',
      label: label('forms', t.tabs.forms),
      forceRender: true,
      children: <AwardFormsSection catalog={catalogs.awardForms} />,
    },
    {
      key: 'periods',
      label: label('periods', t.tabs.periods),
      forceRender: true,
      children: <PeriodsSection />,
    },
    {
      key: 'rules',
      label: label('rules', t.tabs.rules),
      forceRender: true,
      children: <QuotaRulesSection context={rulesContext} errorRules={errorRules} />,
    },
    ...(showRoutes
      ? [
          {
            key: 'routes',
            label: label('routes', t.tabs.routes),
            forceRender: true,
            children: <RoutesSection />,
          },
        ]
      : []),
    ...(movement
      ? [
          {
            key: 'board',
            label: t.tabs.board,
            children: (
              <QuotaBoardTab
                movement={movement}
                catalog={catalogs.awardForms}
                stale={dirty}
                onAddNominations={() => onTabChange('nominations')}
              />
            ),
          },
          {
            key: 'nominations',
            label: t.tabs.nominations,
            children: (
              <NominationsTab
                movement={movement}
                catalog={catalogs.awardForms}
                units={catalogs.units}
                stale={dirty}
              />
            ),
          },
        ]
      : []),
  ];
  const activeTab = items.some((item) => item.key === tab) ? tab : 'general';

  const title = movement ? movement.title : t.newTitle;
  const headerLine = movement
    ? t.headerLine({
        numberSymbol: numberSymbol(movement),
        date: formatDateVi(movement.issuedDate),
        body: movement.issuingBody,
      })
    : t.newDescription;

  return (
    <>
      <Breadcrumb
        aria-label={t.breadcrumbLabel}
        style={{ marginBottom: 8 }}
        items={[
          { key: 'list', title: <a href={hrefFor(PATHS.movements)}>{t.title}</a> },
          {
            key: 'this',
            title: (
              <span aria-current="page" className="movement-crumb">
                {movement ? numberSymbol(movement) || movement.title : t.newTitle}
              </span>
            ),
          },
        ]}
      />
      <PageHeader title={title} description={headerLine} />
      {formError ? (
        <Alert
          type="error"
          showIcon
          title={t.saveFailed}
          description={formError}
          closable={{ onClose: () => setFormError(null) }}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {/* No <form> element: the nomination entry inside the tabs is a form of its own. */}
      <Form<MovementFormValues>
        form={form}
        name={FORM_NAME}
        component={false}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed) => {
          // A field's server error no longer applies once the person edits it (fields with
          // client rules are checked again by the form itself).
          if (clearEditedErrors(form, changed)) refreshErrors();
        }}
        onFieldsChange={refreshErrors}
      >
        <DirtyWatcher form={form} baseline={baseline} presetCode={presetCode} onChange={setDirty} />
        <Tabs
          className="movement-tabs"
          activeKey={activeTab}
          onChange={(key) => onTabChange(key as MovementTab)}
          items={items}
          tabBarExtraContent={
            <Flex gap={8} align="center">
              {movement ? (
                dirty ? (
                  <Tag color="gold">{t.unsaved}</Tag>
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.lastSaved(dayjs(movement.updatedAt).format('DD/MM/YYYY HH:mm'))}
                  </Typography.Text>
                )
              ) : null}
              <Tooltip title={t.saveHint}>
                <Button
                  type="primary"
                  icon={<SaveOutlined aria-hidden />}
                  disabled={movement !== null && !dirty}
                  loading={saving}
                  onClick={() => void save()}
                  aria-keyshortcuts="Control+S"
                >
                  {t.save}
                </Button>
              </Tooltip>
            </Flex>
          }
        />
      </Form>
    </>
  );
}

/** Compares the whole form with the last saved version on every change (a cheap JSON compare). */
function DirtyWatcher({
  form,
  baseline,
  presetCode,
  onChange,
}: {
  form: FormInstance<MovementFormValues>;
  baseline: string;
  presetCode: string | null;
  onChange: (dirty: boolean) => void;
}) {
  const values = Form.useWatch((all: MovementFormValues) => all, { form, preserve: true });
  const dirty = values !== undefined && snapshot(values, presetCode) !== baseline;
  useEffect(() => onChange(dirty), [dirty, onChange]);
  return null;
}
