import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { ExportPackageModal } from './ExportPackageModal';
import { exchangeMessages as t } from './messages.vi';
import { ReceivePackageModal } from './ReceivePackageModal';

/** The two exchange actions of the register's header; each opens its own dialog. */
export function ExchangeButtons({ movementId }: { movementId: number | undefined }) {
  const [open, setOpen] = useState<'export' | 'receive' | null>(null);
  return (
    <>
      <Button icon={<CloudUploadOutlined aria-hidden />} onClick={() => setOpen('export')}>
        {t.exportButton}
      </Button>
      <Button icon={<CloudDownloadOutlined aria-hidden />} onClick={() => setOpen('receive')}>
        {t.receiveButton}
      </Button>
      {open === 'export' ? (
        <ExportPackageModal movementId={movementId} onClose={() => setOpen(null)} />
      ) : null}
      {open === 'receive' ? <ReceivePackageModal onClose={() => setOpen(null)} /> : null}
    </>
  );
}
