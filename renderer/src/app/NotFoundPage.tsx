import { Button, Result } from 'antd';
import { appMessages } from './messages.vi';
import { PATHS } from './paths';
import { hrefFor } from './use-hash-route';

export function NotFoundPage() {
  const t = appMessages.notFound;
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t.title}</h1>}
      subTitle={t.subTitle}
      extra={
        <Button type="primary" href={hrefFor(PATHS.overview)}>
          {t.back}
        </Button>
      }
    />
  );
}
