import { Button, Result } from 'antd';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { movementsMessages } from './messages.vi';

const t = movementsMessages.notFound;

export function MovementNotFound() {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t.title}</h1>}
      subTitle={t.subTitle}
      extra={
        <Button type="primary" href={hrefFor(PATHS.movements)}>
          {t.back}
        </Button>
      }
    />
  );
}
