import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** Visible text of the button ("Xóa"). */
  text: string;
  /** Accessible name naming what is deleted ("Xóa đơn vị …"). */
  label: string;
  confirmTitle: string;
  confirmBody: ReactNode;
  cancelText: string;
  onConfirm: () => void;
}

/** A small red "Xóa" link that asks first (Popconfirm), used in every table with rows to delete. */
export function ConfirmDeleteButton({
  text,
  label,
  confirmTitle,
  confirmBody,
  cancelText,
  onConfirm,
}: Props) {
  return (
    <Popconfirm
      title={confirmTitle}
      description={confirmBody}
      okText={text}
      cancelText={cancelText}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Button
        size="small"
        type="link"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={label}
      >
        {text}
      </Button>
    </Popconfirm>
  );
}
