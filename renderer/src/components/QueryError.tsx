import { Alert, Button } from 'antd';
import { errorText } from './api-errors';
import { commonMessages } from './messages.vi';

/** A failed load: the server's Vietnamese message and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={commonMessages.loadFailed}
      description={errorText(error)}
      action={
        <Button size="small" onClick={onRetry}>
          {commonMessages.retry}
        </Button>
      }
    />
  );
}
