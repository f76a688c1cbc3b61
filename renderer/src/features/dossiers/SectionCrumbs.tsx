import { Breadcrumb } from 'antd';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { dossiersMessages } from './messages.vi';

/** “Hồ sơ đề nghị khen thưởng / <this screen>”: the way back to the register. */
export function SectionCrumbs({ current }: { current: string }) {
  return (
    <Breadcrumb
      aria-label={dossiersMessages.breadcrumbLabel}
      style={{ marginBottom: 8 }}
      items={[
        { key: 'list', title: <a href={hrefFor(PATHS.dossiers)}>{dossiersMessages.title}</a> },
        { key: 'this', title: <span aria-current="page">{current}</span> },
      ]}
    />
  );
}
