import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { Movement } from '../../../../shared/domain/movement';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { movementsMessages } from './messages.vi';
import { useCreateMovementFromPresetMutation } from './mutations';
import { movementQueries } from './queries';

const t = movementsMessages.presets;

/** “Tạo từ kế hoạch mẫu”: the plans shipped with the program, each with what it contains. */
export function PresetModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (movement: Movement) => void;
}) {
  const presets = useQuery(movementQueries.presets());
  const create = useCreateMovementFromPresetMutation();
  const [error, setError] = useState<string | null>(null);

  return (
    <Modal
      open
      title={t.title}
      width={760}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t.close}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.failed}
          description={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {presets.isPending ? (
        <Skeleton active />
      ) : presets.isError ? (
        <QueryError error={presets.error} onRetry={() => void presets.refetch()} />
      ) : (
        <Flex vertical gap={12} role="list" aria-label={t.title}>
          {presets.data.map((preset) => (
            <Card key={preset.code} size="small" role="listitem">
              <Flex justify="space-between" align="flex-start" gap={16}>
                <div>
                  <Typography.Text strong>{preset.label}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                    {preset.description}
                  </Typography.Paragraph>
                </div>
                <Button
                  type="primary"
                  aria-label={t.useLabel(preset.label)}
                  loading={create.isPending && create.variables === preset.code}
                  disabled={create.isPending && create.variables !== preset.code}
                  onClick={() => {
                    setError(null);
                    create.mutate(preset.code, {
                      onSuccess: onCreated,
                      onError: (e) => setError(errorText(e)),
                    });
                  }}
                >
                  {t.use}
                </Button>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Modal>
  );
}
