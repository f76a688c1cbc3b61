import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Layout, Menu, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { settingsQueries } from '../features/settings/queries';
import { ErrorBoundary } from './ErrorBoundary';
import { appMessages as t } from './messages.vi';
import { NotFoundPage } from './NotFoundPage';
import { PATHS } from './paths';
import { findRoute, ROUTES } from './routes';
import { hrefFor, navigate, useHashPath } from './use-hash-route';

const menuItems = ROUTES.map((route) => ({
  key: route.path,
  icon: route.icon,
  // A real link: Tab reaches it, it can be opened or copied like any address, and it names the item.
  label: <a href={hrefFor(route.path)}>{route.label}</a>,
}));

/** Header, sidebar and the current screen. */
export function Shell() {
  const path = useHashPath();
  const route = findRoute(path);
  const [collapsed, setCollapsed] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(path);
  const settings = useQuery(settingsQueries.detail());
  const issuingBody = settings.data?.issuingBody ?? '';
  const governingBody = settings.data?.governingBody ?? '';
  const agency = issuingBody || governingBody;

  useEffect(() => {
    document.title = route ? `${route.label} — ${t.appName}` : t.appName;
  }, [route]);

  useEffect(() => {
    // After navigating, keyboard and screen-reader users land on the new screen, not in the menu.
    if (previousPath.current === path) return;
    previousPath.current = path;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  const Page = route?.Page ?? NotFoundPage;

  return (
    <Layout className="app-layout">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t.skipToContent}
      </button>
      <Layout.Header className="app-header">
        <Button
          type="text"
          className="app-header-toggle"
          icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
          aria-label={collapsed ? t.expandMenu : t.collapseMenu}
          aria-expanded={!collapsed}
          aria-controls="app-sider"
          onClick={() => setCollapsed((value) => !value)}
        />
        <a className="app-brand" href={hrefFor(PATHS.overview)}>
          {t.appName}
        </a>
        <div className="app-agency">
          {/* As on the documents: the governing body above the issuing body. */}
          {issuingBody && governingBody ? (
            <Typography.Text ellipsis className="app-agency-parent" title={governingBody}>
              {governingBody}
            </Typography.Text>
          ) : null}
          {agency ? (
            <Typography.Text ellipsis className="app-agency-name" title={agency}>
              {agency}
            </Typography.Text>
          ) : settings.isSuccess ? (
            <a href={hrefFor(PATHS.settings)}>{t.agencyMissing}</a>
          ) : null}
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          id="app-sider"
          className="app-sider"
          theme="light"
          width={220}
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          trigger={null}
          breakpoint="lg"
          onBreakpoint={(broken) => setCollapsed(broken)}
        >
          <nav aria-label={t.nav.label}>
            <Menu
              mode="inline"
              items={menuItems}
              selectedKeys={route ? [route.path] : []}
              style={{ borderInlineEnd: 'none' }}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        {/* Layout.Content is the <main> landmark. */}
        <Layout.Content ref={mainRef} tabIndex={-1} className="app-content">
          <ErrorBoundary key={path}>
            <Page />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
