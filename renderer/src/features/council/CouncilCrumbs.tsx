import { Breadcrumb } from 'antd';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { councilMessages as t } from './messages.vi';
import { councilPath } from './paths';

/** “Hội đồng Thi đua - Khen thưởng / <council> / <this screen>”: the way back. */
export function CouncilCrumbs({
  council,
  current,
}: {
  council?: { id: number; name: string };
  current: string;
}) {
  return (
    <Breadcrumb
      aria-label={t.breadcrumbLabel}
      style={{ marginBottom: 8 }}
      items={[
        { key: 'list', title: <a href={hrefFor(PATHS.council)}>{t.title}</a> },
        ...(council
          ? [
              {
                key: 'council',
                title: <a href={hrefFor(councilPath(council.id, 'sessions'))}>{council.name}</a>,
              },
            ]
          : []),
        { key: 'this', title: <span aria-current="page">{current}</span> },
      ]}
    />
  );
}
