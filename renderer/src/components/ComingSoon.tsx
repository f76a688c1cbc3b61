import { ToolOutlined } from '@ant-design/icons';
import { Result, Typography } from 'antd';
import { PageHeader } from './PageHeader';
import { commonMessages } from './messages.vi';

/** An honest placeholder: what the screen will hold, and no invented data. */
export function ComingSoon({
  title,
  summary,
  planned,
}: {
  title: string;
  summary: string;
  planned: readonly string[];
}) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <Result
        icon={<ToolOutlined aria-hidden />}
        title={commonMessages.underConstruction}
        subTitle={
          <div style={{ textAlign: 'left', display: 'inline-block', maxWidth: 560 }}>
            <Typography.Paragraph strong style={{ marginBottom: 4 }}>
              {commonMessages.plannedTitle}
            </Typography.Paragraph>
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {planned.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        }
      />
    </>
  );
}
