import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PATHS } from './paths';
import { appMessages } from './messages.vi';
import { navigate } from './use-hash-route';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** A render error shows a Vietnamese explanation instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Lỗi hiển thị giao diện', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = appMessages.crash;
    return (
      <Result
        status="error"
        title={t.title}
        subTitle={t.subTitle}
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            {t.reload}
          </Button>,
          <Button
            key="home"
            onClick={() => {
              this.setState({ error: null });
              navigate(PATHS.overview);
            }}
          >
            {t.home}
          </Button>,
        ]}
      >
        <details>
          <summary>{t.detail}</summary>
          <Typography.Paragraph code style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
            {error.message}
          </Typography.Paragraph>
        </details>
      </Result>
    );
  }
}
