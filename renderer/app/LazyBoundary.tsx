import { ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadError } from './lazy-component';

/**
 * What shows while a screen's script or the first answer arrives, filling the window or the page area. It is
 * the CSS spinner of index.html (app.css), so the page keeps the same spinner from its first paint until the
 * start screen or the fund is ready.
 */
export function LoadingSpinner({ isFullScreen = false }: { isFullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={isFullScreen ? 'app-loading' : 'page-loading'} data-testid="loading">
      <span className="loading-spinner" role="status" aria-label={t('ui.loading.label')}>
        <span />
        <span />
        <span />
        <span />
      </span>
    </div>
  );
}

function ChunkLoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="chunk-failed" role="alert" data-testid="chunk-failed">
      <WarningOutlined className="chunk-failed-icon" />
      <Typography.Title level={3}>{t('ui.loading.failedTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('ui.loading.failedText')}</Typography.Paragraph>
      <Button type="primary" size="large" icon={<ReloadOutlined />} data-testid="chunk-reload" onClick={() => window.location.reload()}>
        {t('ui.loading.reload')}
      </Button>
    </div>
  );
}

/**
 * Catches a chunk that failed to load and offers a reload. Any other error goes on up as before: a bug in a
 * screen must not be dressed up as a network problem.
 */
class ChunkErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof ChunkLoadError) return <ChunkLoadFailed />;
    throw error;
  }
}

/** Where a lazily loaded screen goes: a spinner while its script arrives, a reload message if it never does. */
export function LazyBoundary({ isFullScreen = false, children }: { isFullScreen?: boolean; children: ReactNode }) {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<LoadingSpinner isFullScreen={isFullScreen} />}>{children}</Suspense>
    </ChunkErrorBoundary>
  );
}
