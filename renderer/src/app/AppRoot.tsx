import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { useState } from 'react';
import { PdfViewerProvider } from '../features/pdf-viewer';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './query-client';
import { Shell } from './Shell';

/** Providers: server data (TanStack Query), Vietnamese Ant Design, message/modal context. */
export function AppRoot() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#1a5fb4',
          borderRadius: 6,
          // Fonts with full Vietnamese glyphs on Windows (Segoe UI) and Linux (Liberation, DejaVu).
          fontFamily:
            "'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
        },
      }}
    >
      <AntApp>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <Shell />
            <PdfViewerProvider />
          </QueryClientProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
