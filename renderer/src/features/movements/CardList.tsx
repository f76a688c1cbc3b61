import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

interface CardListText {
  item: (n: number) => string;
  remove: string;
  removeLabel: (n: number) => string;
  add: string;
  /** Shown when the list is empty; omit to show nothing. */
  empty?: string;
}

/**
 * An editable list inside the movement form (periods, deadlines, routes): one small card per
 * item with a “Xóa” link, and a dashed “Thêm …” button that appends `newItem(count)`.
 */
export function CardList({
  name,
  text,
  newItem,
  children,
}: {
  name: string;
  text: CardListText;
  newItem: (count: number) => Record<string, unknown>;
  children: (field: FormListFieldData) => ReactNode;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && text.empty ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.empty} />
          ) : null}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="movement-item-card"
              title={text.item(index + 1)}
              extra={
                <Button
                  type="link"
                  danger
                  size="small"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={text.removeLabel(index + 1)}
                  onClick={() => remove(field.name)}
                >
                  {text.remove}
                </Button>
              }
            >
              {children(field)}
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(newItem(fields.length))}
          >
            {text.add}
          </Button>
        </>
      )}
    </Form.List>
  );
}
